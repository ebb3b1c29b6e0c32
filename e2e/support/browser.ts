import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

const SYSTEM_CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

/**
 * A system Chromium (CHROMIUM_PATH, or Debian's /usr/bin/chromium) when present; otherwise the
 * browser `npx playwright install chromium` downloaded. Fails early with the command to run.
 */
export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist`);
    return fromEnv;
  }
  const system = SYSTEM_CHROMIUM.find((file) => existsSync(file));
  if (system) return system;
  if (existsSync(chromium.executablePath())) return undefined;
  throw new Error(
    "No browser for the e2e tests. Install one: `apt-get install -y chromium` (Debian/Ubuntu, no download " +
      "from Playwright), or `npx playwright install chromium`; or set CHROMIUM_PATH to a Chromium binary.",
  );
}

// Quiet, offline-friendly Chromium: no background traffic, no sandbox when running as root.
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];
