import { PUBLIC_CACHE } from "./lib/cache-policy.mjs";

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
    return ["/", "/history", "/incidents/:slug", "/maintenance/:slug", "/components/:slug", "/components/:slug/:range"].map((source) => ({
      source,
      headers: [{ key: "Cache-Control", value: PUBLIC_CACHE }],
    }));
  },
};

export default nextConfig;
