// Public pages are the same for everyone: a CDN or reverse proxy may keep them briefly, serve
// stale while it refreshes, and keep serving them if we fail. Browsers always revalidate.
const PUBLIC_CACHE = "public, max-age=0, s-maxage=5, stale-while-revalidate=30, stale-if-error=86400";

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Public pages are cached by our own front server (server/page-cache); nothing here uses ISR, so
  // Next's in-memory response cache would only hold memory.
  cacheMaxMemorySize: 0,
  // Native driver and logger stay outside the server bundle.
  serverExternalPackages: ["better-sqlite3", "pino", "pg"],
  // forbidden(): admin pages answer 403 with app/admin/(console)/forbidden.tsx when the role lacks a permission.
  experimental: { authInterrupts: true },
  async headers() {
    return ["/", "/history", "/incidents/:slug", "/maintenance/:slug"].map((source) => ({
      source,
      headers: [{ key: "Cache-Control", value: PUBLIC_CACHE }],
    }));
  },
};

export default nextConfig;
