import { env } from "@/lib/env";
import type { PublicSnapshot } from "@/server/public/snapshot-types";

export const FEED_PATHS = { rss: "/feed.rss", atom: "/feed.atom" } as const;

// Same policy as the public pages (next.config.js headers()): CDNs may keep feeds briefly and serve them stale.
export const PUBLIC_CACHE = "public, max-age=0, s-maxage=5, stale-while-revalidate=30, stale-if-error=86400";
// Badges and the embed are fetched from other sites' pages on every view: a little longer in browsers too.
export const BADGE_CACHE = "public, max-age=30, s-maxage=30, stale-while-revalidate=60, stale-if-error=86400";

/** Absolute base for links in feeds and embeds: the snapshot's page URL (see resolvePublicUrl); older snapshots without one fall back to PUBLIC_URL. No trailing slash. */
export function publicBaseUrl(snapshot: PublicSnapshot): string {
  return (snapshot.page.url || env.baseUrl).replace(/\/+$/, "");
}

/** When there is no snapshot yet (fresh install, database down at start): try again shortly, never cache. */
export function unavailableResponse(body = "Status temporarily unavailable", contentType = "text/plain; charset=utf-8"): Response {
  return new Response(body, { status: 503, headers: { "Content-Type": contentType, "Cache-Control": "no-store", "Retry-After": "60" } });
}
