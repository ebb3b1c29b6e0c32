import { expect, test, type APIRequestContext } from "@playwright/test";
import { INCIDENT_2021_TITLE } from "@/server/seed/demo-2021-incident";
import { e2eDb } from "./support/db";

// Public reads are rendered once per snapshot version and served as bytes: whatever a client sends,
// it gets those bytes and no render happens on its behalf. /api/health counts the renders.
test.describe.configure({ mode: "serial" });

type Stats = { snapshotVersion: number; renders: number };

async function stats(request: APIRequestContext): Promise<Stats> {
  const body = await (await request.get("/api/health")).json();
  expect(body.publicPages).toBeDefined();
  return body.publicPages;
}

const random = () => Math.random().toString(36).slice(2);

async function incidentPath() {
  const incident = await e2eDb().incident.findFirstOrThrow({ where: { title: INCIDENT_2021_TITLE } });
  return { slug: `/incidents/${incident.slug}`, id: `/incidents/${incident.id}` };
}

/** Every trick a client could try to get a fresh render, against every kind of public URL. */
async function hostileRequests(request: APIRequestContext, paths: string[]) {
  const tricks: Array<{ query?: string; headers?: Record<string, string> }> = [
    { query: `cb=${random()}` },
    { query: `_rsc=${random()}` },
    { headers: { "Cache-Control": "no-cache", Pragma: "no-cache" } },
    { headers: { RSC: "1", "Next-Router-Prefetch": "1", "Next-Router-State-Tree": "%5B%22%22%5D" } },
    { headers: { Cookie: `session=${random()}; __prerender_bypass=${random()}` } },
    { headers: { "x-middleware-prefetch": "1", "x-nextjs-data": "1", "Next-Url": "/admin" } },
  ];
  const unknown = [
    `/incidents/${random()}`,
    `/maintenance/${random()}`,
    `/${random()}`,
    `/history?page=${1000 + Math.floor(Math.random() * 1e6)}`,
    `/badge.svg?component=${random()}`,
    `/api/v2/${random()}.json`,
    `/components/${random()}`,
    `/components/track-endpoint/${Math.floor(Math.random() * 1e6)}`,
    `/history?component=${random()}`,
  ];
  const answers = [];
  for (const path of [...paths, ...unknown]) {
    for (const trick of tricks) {
      const url = trick.query ? `${path}${path.includes("?") ? "&" : "?"}${trick.query}` : path;
      answers.push(
        request.get(url, { headers: trick.headers, maxRedirects: 0 }).then((r) => ({ path, status: r.status(), etag: r.headers().etag })),
      );
    }
  }
  return Promise.all(answers);
}

test("no query string, header or cookie makes the server render a public page", async ({ request }) => {
  const incident = await incidentPath();
  const paths = [
    "/",
    "/history",
    "/history?page=2",
    incident.slug,
    incident.id,
    "/api/v2/summary.json",
    "/api/v2/incidents.json",
    "/feed.rss",
    "/feed.atom",
    "/maintenance.ics",
    "/components/track-endpoint",
    "/components/track-endpoint/365",
    "/history?component=track-endpoint",
    "/history.json",
    "/badge.svg",
    "/widget.js",
    "/embed",
  ];
  await expect(async () => {
    await hostileRequests(request, paths); // the first visit of each page (and of each 404) renders it once
    const before = await stats(request);
    const answers = await hostileRequests(request, paths);
    const after = await stats(request);
    // A snapshot change in between (the minutely rebuild) legitimately renders again: measure again.
    expect(after.snapshotVersion).toBe(before.snapshotVersion);
    expect(after.renders).toBe(before.renders);
    for (const path of paths) {
      const etags = new Set(answers.filter((a) => a.path === path).map((a) => `${a.status} ${a.etag}`));
      expect(etags, path).toEqual(new Set([`200 ${answers.find((a) => a.path === path)!.etag}`]));
    }
    // An incident asked for by id is the same page as by slug.
    expect(answers.find((a) => a.path === incident.id)!.etag).toBe(answers.find((a) => a.path === incident.slug)!.etag);
    expect(answers.filter((a) => !paths.includes(a.path)).every((a) => a.status === 404)).toBe(true);
  }).toPass({ timeout: 60_000 });
});

test("answers are pre-compressed, validated by ETag, and HEAD has no body", async ({ request }) => {
  for (const [encoding, expected] of [
    ["br", "br"],
    ["gzip", "gzip"],
    ["identity", undefined],
  ] as const) {
    const response = await fetch(`${test.info().project.use.baseURL}/`, { headers: { "Accept-Encoding": encoding } });
    expect(response.headers.get("content-encoding") ?? undefined).toBe(expected);
    expect(response.headers.get("vary")).toBe("Accept-Encoding");
    expect(await response.text()).toContain("Authenticate endpoint");
  }
  const first = await request.get("/history");
  const etag = first.headers().etag!;
  expect(etag).toMatch(/^"[\w-]+"$/);
  const again = await request.get("/history", { headers: { "If-None-Match": etag } });
  expect(again.status()).toBe(304);
  expect(again.headers()["cache-control"]).toContain("s-maxage");
  // Every public page may be kept briefly by a shared cache (and served stale if the app is down).
  const maintenance = await e2eDb().maintenance.findFirstOrThrow({ where: { publishedAt: { not: null }, cancelledAt: null } });
  const incident = await incidentPath();
  for (const path of ["/", "/history", incident.slug, `/maintenance/${maintenance.slug}`]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["cache-control"], path).toContain("stale-if-error");
  }
  const head = await request.head("/api/v2/summary.json");
  expect(head.status()).toBe(200);
  expect(Number(head.headers()["content-length"])).toBeGreaterThan(100);
  expect(await head.body()).toHaveLength(0);
});

test("public pages take only GET and HEAD; the console and forms still go to the app", async ({ request }) => {
  for (const path of ["/", "/history", "/feed.rss", "/api/v2/summary.json"]) {
    const response = await request.post(path, { data: "x=1", headers: { "Content-Type": "application/x-www-form-urlencoded" } });
    expect(response.status(), path).toBe(405);
    expect(response.headers().allow).toBe("GET, HEAD");
  }
  expect((await request.fetch("/api/v2/summary.json", { method: "OPTIONS" })).headers()["access-control-allow-methods"]).toContain("GET");
  expect((await request.get("/admin/login")).status()).toBe(200);
  expect(await (await request.get("/subscribe?email=someone%40example.com")).text()).toContain("someone@example.com");
});

test("build assets come from memory with a long cache life", async ({ request }) => {
  const html = await (await request.get("/")).text();
  const asset = html.match(/\/_next\/static\/[^"\\]+\.(?:js|css)/)?.[0];
  expect(asset).toBeDefined();
  const response = await request.get(asset!, { headers: { "Accept-Encoding": "br" } });
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toContain("immutable");
  expect(response.headers()["content-encoding"]).toBe("br");
  expect((await request.get("/_next/static/chunks/no-such-file.js")).status()).toBe(404);
});

test("the icon and robots.txt come from public/ without a render; the page links the icon", async ({ request }) => {
  const before = await stats(request);
  const html = await (await request.get("/")).text();
  expect(html).toMatch(/<link rel="icon" href="\/favicon.svg" type="image\/svg\+xml"/);
  const icon = await request.get("/favicon.ico");
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toBe("image/x-icon");
  expect(icon.headers()["cache-control"]).not.toContain("immutable");
  expect((await request.get("/favicon.svg")).headers()["content-type"]).toBe("image/svg+xml");
  const robots = await request.get("/robots.txt");
  expect(robots.headers()["content-type"]).toContain("text/plain");
  expect(await robots.text()).toContain("Disallow: /admin");
  expect((await stats(request)).renders).toBe(before.renders);
});
