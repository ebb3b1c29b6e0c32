import { CLIENT_ADDRESS_HEADER } from "@/lib/client-address";

/**
 * The visitor's address for rate limits, as the front server determined it from the socket and
 * TRUSTED_PROXIES (lib/client-address). Under `next dev` there is no front server: everyone shares
 * the "unknown" bucket, which errs on the side of limiting.
 */
export function clientIp(headers: Headers): string {
  return headers.get(CLIENT_ADDRESS_HEADER)?.trim() || "unknown";
}
