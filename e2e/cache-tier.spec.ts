import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { startApp } from "@/test/app-process";
import { cacheTierConfig, startNginx } from "@/test/nginx";

// deploy/nginx/statuspage.conf, as shipped (only its three marked settings changed), in front of the app:
// it caches what the app says may be cached, and keeps the page up when the app dies.
test.setTimeout(300_000);

const [APP_PORT, NGINX_PORT] = [3106, 3107];

test("the cache tier serves the page from its cache, and keeps serving it when the app is gone", async () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "statuspage-tier-"));
  const app = await startApp({ DATABASE_URL: `file:${dataDir}/app.db`, CACHE_DIR: `${dataDir}/cache`, RUN_WORKER: "0" }, APP_PORT);
  const nginx = await startNginx(
    (dir) => cacheTierConfig({ cacheDir: path.join(dir, "cache"), appPort: APP_PORT, port: NGINX_PORT }),
    NGINX_PORT,
  );
  const get = (p: string, headers: Record<string, string> = {}) => fetch(`http://127.0.0.1:${NGINX_PORT}${p}`, { headers });
  try {
    const paths = [
      "/",
      "/history",
      "/history?component=dashboard",
      "/components/dashboard/365",
      "/api/v2/summary.json",
      "/feed.rss",
      "/badge.svg",
    ];
    for (const p of paths) {
      const first = await get(p);
      expect(first.status, p).toBe(200);
      await first.arrayBuffer();
      const second = await get(p);
      expect(second.headers.get("x-cache-status"), p).toBe("HIT");
    }
    // A component's history is an entry of its own, not the whole history's.
    expect(await (await get("/history?component=dashboard")).text()).toContain("Incident history: Dashboard");
    expect(await (await get("/history")).text()).not.toContain("Incident history: Dashboard");
    // Cache busters and no-cache requests share the cached entry.
    expect((await get(`/?cb=${Date.now()}`, { "Cache-Control": "no-cache", Pragma: "no-cache" })).headers.get("x-cache-status")).toBe(
      "HIT",
    );
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
