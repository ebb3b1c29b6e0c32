import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumExecutable } from "./e2e/support/browser";
import { E2E_SMTP_PORT } from "./e2e/support/ports";

const PORT = Number(process.env.E2E_PORT ?? 3100);

// One fresh SQLite database per run, set once here so test workers (which inherit it) share it.
process.env.E2E_DATABASE_URL ??= `file:${path.resolve(`data/e2e/run-${Date.now()}.db`)}`;

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  globalTeardown: "./e2e/support/teardown.ts",
  fullyParallel: true,
  // One at a time: the public banner is page-wide, and specs open incidents.
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : "list",
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    // A viewer far from the page's zone and from UTC, so local/UTC rendering differences show.
    timezoneId: "America/New_York",
    locale: "en-US",
    screenshot: "only-on-failure",
    launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    // The production path users run: migrate, seed on first run, build if sources changed, serve.
    command: "npm start",
    url: `http://127.0.0.1:${PORT}/api/health`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      DATABASE_URL: process.env.E2E_DATABASE_URL,
      PORT: String(PORT),
      HOSTNAME: "127.0.0.1",
      NODE_ENV: "production",
      LOG_LEVEL: "warn",
      PUBLIC_URL: `http://127.0.0.1:${PORT}`,
      // The email specs run a real SMTP server on this port for the app's worker.
      SMTP_URL: `smtp://127.0.0.1:${E2E_SMTP_PORT}`,
      WORKER_LEASE_MS: "5000",
      // The webhook spec's receiver listens on loopback.
      WEBHOOK_ALLOW_PRIVATE: "true",
      // The specs play the reverse proxy: each simulated person signs in from an X-Forwarded-For address of their own.
      TRUSTED_PROXIES: "1",
    },
  },
});
