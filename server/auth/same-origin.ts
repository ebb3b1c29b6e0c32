import { ForbiddenError } from "@/server/errors";

/**
 * For cookie-authenticated JSON routes: refuses requests another site's page could have sent.
 * Server actions get the same check from Next itself.
 */
export function assertSameOrigin(request: Request): void {
  const origin = request.headers.get("origin");
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") throw new ForbiddenError("Cross-site request refused");
  if (origin && origin !== new URL(request.url).origin && origin !== forwardedOrigin(request)) {
    throw new ForbiddenError("Cross-site request refused");
  }
}

// Behind a proxy the request URL may name the internal host; the Host header names the public one.
function forwardedOrigin(request: Request): string | null {
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  const proto = request.headers.get("x-forwarded-proto") ?? new URL(request.url).protocol.replace(":", "");
  return host ? `${proto}://${host}` : null;
}
