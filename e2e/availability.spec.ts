import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { createTestDatabase, databaseUrl, dropTestDatabase } from "@/test/postgres";
import { startApp } from "@/test/app-process";
import { TcpProxy } from "./support/tcp-proxy";

// A real PostgreSQL behind a proxy we can cut: the page must keep answering with the last good
// content, say how old it is, survive a restart during the outage, and recover by itself.
test.describe.configure({ mode: "serial" });
test.setTimeout(300_000);

const APP_PORT = 3101;
const PROXY_PORT = 55432;

test("the status page outlives its database", async () => {
  const { name } = await createTestDatabase("statuspage_e2e_outage");
  const cacheDir = mkdtempSync(path.join(os.tmpdir(), "statuspage-cache-"));
  const proxy = new TcpProxy(PROXY_PORT, { host: "127.0.0.1", port: 5432 });
  await proxy.open();
  const url = new URL(databaseUrl(name));
  url.port = String(PROXY_PORT);
  url.hostname = "127.0.0.1";
  const env = { DATABASE_URL: url.toString(), CACHE_DIR: cacheDir };
  const page = (p = "/") => fetch(`http://127.0.0.1:${APP_PORT}${p}`);
  let app = await startApp(env, APP_PORT);
  try {
    const before = await page();
    expect(before.status).toBe(200);
    const html = await before.text();
    expect(html).toContain("Authenticate endpoint");
    expect(html).not.toContain("Live updates are delayed");

    await proxy.cut();
    await expect
      .poll(async () => (await page()).status === 200 && (await (await page()).text()).includes("Live updates are delayed"), {
        timeout: 20_000,
      })
      .toBe(true);
    const during = await (await page()).text();
    expect(during).toContain("Authenticate endpoint");
    expect((await page("/api/health")).status).toBe(503);

    // A restart while the database is still gone answers from the snapshot kept on disk.
    await app.stop();
    app = await startApp(env, APP_PORT);
    const restarted = await page();
    expect(restarted.status).toBe(200);
    const afterRestart = await restarted.text();
    expect(afterRestart).toContain("Authenticate endpoint");
    expect(afterRestart).toContain("Live updates are delayed");

    await proxy.open();
    await expect.poll(async () => (await (await page()).text()).includes("Live updates are delayed"), { timeout: 20_000 }).toBe(false);
  } finally {
    await app.stop();
    await proxy.cut();
    rmSync(cacheDir, { recursive: true, force: true });
    await dropTestDatabase(name);
  }
});
