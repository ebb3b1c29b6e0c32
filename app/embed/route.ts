import { embedHtml } from "@/server/badge/embed-html";
import { BADGE_CACHE } from "@/lib/cache-policy.mjs";
import { unavailableResponse } from "@/server/feeds/public-http";
import { publicBaseUrl } from "@/server/public/public-url";
import { readPublicSnapshot } from "@/server/public/read-snapshot";

/** `<iframe src="/embed">`: the overall status as a small pill, framable by any site. */
export async function GET(): Promise<Response> {
  const view = await readPublicSnapshot();
  if (!view) return unavailableResponse();
  return new Response(embedHtml(view.snapshot, publicBaseUrl(view.snapshot)), {
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": BADGE_CACHE,
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors *; base-uri 'none'; form-action 'none'",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
