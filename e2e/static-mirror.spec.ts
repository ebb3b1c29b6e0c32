import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { databaseTarget } from "@/lib/database-url";
import { createDb } from "@/server/db";
import { INCIDENT_2021_TITLE } from "@/server/seed/demo-2021-incident";
import { startApp } from "@/test/app-process";
import { startNginx } from "@/test/nginx";
import { e2eDb } from "./support/db";
import { publishOpenIncident } from "./support/incidents";

// `npm run export:static` writes the public side as files; a plain static server (nginx, no app behind it)
// then serves a working status page: pages, client-side time zones, history paging, API, feeds, badges.
test.describe.configure({ mode: "serial" });
test.setTimeout(300_000);

const PORT = 3108;
const MIRROR = `http://127.0.0.1:${PORT}`;
const APP_URL = "https://app.status.invalid";
let out: string;
let stop: () => Promise<void>;

test.beforeAll(async () => {
  out = path.join(mkdtempSync(path.join(os.tmpdir(), "statuspage-mirror-")), "site");
  const result = spawnSync("npm", ["run", "export:static", "--", "--out", out, "--app-url", APP_URL], {
    env: {
      ...process.env,
      DATABASE_URL: process.env.E2E_DATABASE_URL,
      PUBLIC_URL: MIRROR,
      CACHE_DIR: path.join(out, "..", "cache"),
      LOG_LEVEL: "warn",
    },
    encoding: "utf8",
    timeout: 240_000,
  });
  expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
  const nginx = await startNginx(
    () => `server {
      listen 127.0.0.1:${PORT};
      root ${out};
      index index.html;
      error_page 404 /404.html;
    }`,
    PORT,
  );
  stop = nginx.stop;
});

test.afterAll(async () => {
  await stop?.();
  rmSync(path.dirname(out), { recursive: true, force: true });
});

test("the mirror is a working status page with no app behind it", async ({ page }) => {
  const appRequests: string[] = [];
  page.on("request", (request) => {
    if (!request.url().startsWith(MIRROR)) appRequests.push(request.url());
  });
  await page.goto(`${MIRROR}/`);
  await expect(page.getByRole("region", { name: "Overall status" })).toBeVisible();
  for (const name of ["Authenticate endpoint", "Track endpoint", "Batch endpoint", "Dashboard"]) {
    await expect(page.locator(`[data-component="${name}"]`)).toBeVisible();
  }
  await expect(page.locator(`[data-component="Authenticate endpoint"]`)).toContainText(/\d+(\.\d+)?% uptime/);
  // Forms need the app: the mirror sends subscribers there.
  await expect(page.getByRole("link", { name: "Subscribe to updates" })).toHaveAttribute("href", `${APP_URL}/subscribe`);

  // History pages by directory-style links.
  await page.getByRole("link", { name: "History", exact: true }).click();
  await expect(page.locator("[data-month]")).toHaveCount(3);
  await page.getByRole("link", { name: "Older →" }).click();
  await expect(page).toHaveURL(`${MIRROR}/history/page/2/`);
  await expect(page.getByRole("link", { name: "← Newer" })).toBeVisible();

  // An incident page, and the time zone toggle (client-side code from the mirrored build assets).
  const incident = await e2eDb().incident.findFirstOrThrow({ where: { title: INCIDENT_2021_TITLE } });
  await page.goto(`${MIRROR}/incidents/${incident.slug}/`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(INCIDENT_2021_TITLE);
  await expect(page.locator("[data-period]")).toHaveCount(3);
  await page.getByRole("button", { name: "UTC", exact: true }).click();
  await expect(page.locator("dd time").first()).toContainText("UTC");
  expect(appRequests).toEqual([]);
});

test("the mirror serves the API, feeds, badges, the widget and a 404 page as files", async ({ request }) => {
  const summary = await request.get(`${MIRROR}/api/v2/summary.json`);
  expect(summary.headers()["content-type"]).toContain("application/json");
  expect((await summary.json()).page.url).toBe(MIRROR);
  expect(await (await request.get(`${MIRROR}/api/v2/incidents.json`)).json()).toMatchObject({ incidents: expect.any(Array) });
  const rss = await request.get(`${MIRROR}/feed.rss`);
  expect(rss.headers()["content-type"]).toContain("rss");
  expect(await rss.text()).toContain(`<link>${MIRROR}`);
  expect(await (await request.get(`${MIRROR}/feed.atom`)).text()).toContain("<feed");
  const component = await e2eDb().component.findFirstOrThrow({ where: { name: "Dashboard" } });
  for (const badge of ["/badge.svg", `/badge/${component.id}.svg`]) {
    const response = await request.get(`${MIRROR}${badge}`);
    expect(response.headers()["content-type"]).toContain("image/svg+xml");
    expect(await response.text()).toContain("<svg");
  }
  expect(await (await request.get(`${MIRROR}/widget.js`)).text()).toContain(MIRROR);
  // Component pages and the filtered history under path spellings; the search index as a file.
  const home = await (await request.get(`${MIRROR}/`)).text();
  expect(home).toContain('href="/components/dashboard/"');
  for (const path of ["/components/dashboard/", "/components/dashboard/365/", "/history/component/dashboard/"]) {
    const page = await request.get(`${MIRROR}${path}`);
    expect(page.status(), path).toBe(200);
    expect(await page.text()).toContain("Dashboard");
  }
  expect(await (await request.get(`${MIRROR}/history.json`)).json()).toMatchObject({ entries: expect.any(Array) });
  const missing = await request.get(`${MIRROR}/incidents/no-such-incident/`);
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain("</html>");
});

test("with STATIC_EXPORT_DIR the app rewrites the mirror after a publish", async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "statuspage-automirror-"));
  const site = path.join(dir, "site");
  const app = await startApp(
    { DATABASE_URL: `file:${dir}/app.db`, CACHE_DIR: `${dir}/cache`, RUN_WORKER: "0", STATIC_EXPORT_DIR: site },
    3109,
  );
  const db = createDb(databaseTarget(`file:${dir}/app.db`));
  const home = () => readFileSync(path.join(site, "index.html"), "utf8");
  try {
    await expect.poll(() => existsSync(path.join(site, "index.html")), { timeout: 60_000 }).toBe(true);
    const title = `Mirror follows ${Date.now()}`;
    const { incident } = await publishOpenIncident(db, title);
    await expect.poll(home, { timeout: 60_000, intervals: [500] }).toContain(title);
    expect(existsSync(path.join(site, "incidents", incident.slug, "index.html"))).toBe(true);
  } finally {
    await app.stop();
    await db.$disconnect();
    rmSync(dir, { recursive: true, force: true });
  }
});
