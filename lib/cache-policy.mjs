// How long shared caches may keep what the public sees. Plain JavaScript, so next.config.js can
// import it as well as the route handlers.

/**
 * Public pages, feeds and the v2 API are the same for everyone: a CDN or reverse proxy may keep
 * them for 5 s, serve them stale while it refreshes, and keep serving them if we fail. Browsers
 * always revalidate.
 */
export const PUBLIC_CACHE = "public, max-age=0, s-maxage=5, stale-while-revalidate=30, stale-if-error=86400";

/** Badges and the embed are fetched from other sites' pages on every view: a little longer in browsers too. */
export const BADGE_CACHE = "public, max-age=30, s-maxage=30, stale-while-revalidate=60, stale-if-error=86400";
