import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { startApp } from "./support/app-server";
import { startNginx } from "./support/nginx";

// deploy/nginx/statuspage.conf, as shipped (only its three marked settings changed), in front of the app:
// it caches what the app says may be cached, and keeps the page up when the app dies.
test.setTimeout(300_000);

const [APP_PORT, NGINX_PORT] = [3106, 3107];

/** The shipped config with its marked lines pointed at this test's app, port and folder. */
function shippedConfig(cacheDir: string): string {
  const config = readFileSync("deploy/nginx/statuspage.conf", "utf8");
  const adjusted = config
    .replace(/proxy_cache_path \S+/, `proxy_cache_path ${cacheDir}`)
    .replace(/server 127\.0\.0\.1:3000;/, `server 127.0.0.1:${APP_PORT};`)
    .replace(/listen 80;/, `listen 127.0.0.1:${NGINX_PORT};`);
  for (const marker of [cacheDir, `:${APP_PORT};`, `:${NGINX_PORT};`]) {
    if (!adjusted.includes(marker)) throw new Error(`deploy/nginx/statuspage.conf changed shape: could not set ${marker}`);
  }
  return adjusted;
}

test("the cache tier serves the page from its cache, and keeps serving it when the app is gone", async () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "statuspage-tier-"));
  const app = await startApp({ DATABASE_URL: `file:${dataDir}/app.db`, CACHE_DIR: `${dataDir}/cache`, RUN_WORKER: "0" }, APP_PORT);
  const nginx = await startNginx((dir) => shippedConfig(path.join(dir, "cache")), NGINX_PORT);
  const get = (p: string, headers: Record<string, string> = {}) => fetch(`http://127.0.0.1:${NGINX_PORT}${p}`, { headers });
  try {
    const paths = ["/", "/history", "/api/v2/summary.json", "/feed.rss", "/badge.svg"];
    for (const p of paths) {
      const first = await get(p);
      expect(first.status, p).toBe(200);
      await first.arrayBuffer();
      const second = await get(p);
      expect(second.headers.get("x-cache-status"), p).toBe("HIT");
    }
    // Cache busters and no-cache requests share the cached entry.
    expect((await get(`/?cb=${Date.now()}`, { "Cache-Control": "no-cache", Pragma: "no-cache" })).headers.get("x-cache-status")).toBe("HIT");
    const br = await get("/", { "Accept-Encoding": "br" });
    expect(br.headers.get("content-encoding")).toBe("br");
    // The console is never cached.
    const login = await get("/admin/login");
    expect(login.status).toBe(200);
    expect(login.headers.get("x-cache-status")).toBeNull();

    await app.stop();
    await new Promise((resolve) => setTimeout(resolve, 6_000)); // past s-maxage=5: nginx must ask the app, and fails
    for (const p of paths) {
      const response = await get(p);
      expect(response.status, p).toBe(200);
      expect(response.headers.get("x-cache-status"), p).toMatch(/STALE|UPDATING|HIT/);
    }
    expect(await (await get("/")).text()).toContain("Authenticate endpoint");
    expect(await (await get("/api/v2/summary.json")).json()).toMatchObject({ page: { name: expect.any(String) } });
  } finally {
    await Promise.allSettled([app.stop(), nginx.stop()]);
    rmSync(dataDir, { recursive: true, force: true });
  }
});
