/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Native driver and logger stay outside the server bundle.
  serverExternalPackages: ["better-sqlite3", "pino", "pg"],
};

export default nextConfig;
