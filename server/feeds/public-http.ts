export const FEED_PATHS = { rss: "/feed.rss", atom: "/feed.atom", calendar: "/maintenance.ics" } as const;

/** When there is no snapshot yet (fresh install, database down at start): try again shortly, never cache. */
export function unavailableResponse(body = "Status temporarily unavailable", contentType = "text/plain; charset=utf-8"): Response {
  return new Response(body, { status: 503, headers: { "Content-Type": contentType, "Cache-Control": "no-store", "Retry-After": "60" } });
}
