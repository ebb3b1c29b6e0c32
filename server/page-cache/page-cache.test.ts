import { describe, expect, it } from "vitest";
import type { SnapshotVersion } from "@/server/public/snapshot-store";
import type { PlainResponse } from "./encoded-response";
import { PageCache } from "./page-cache";

const quiet = { warn: () => {}, error: () => {} };

/** A page source whose content and failures the test controls, counting renders per path. */
function setup(options: { maxBytes?: number } = {}) {
  let version: SnapshotVersion = { version: 1, revision: 1, stale: false };
  const renders: string[] = [];
  let failing = false;
  let gate: Promise<void> = Promise.resolve();
  const render = async (path: string): Promise<PlainResponse> => {
    renders.push(path);
    await gate;
    if (failing) throw new Error("database gone");
    return {
      status: 200,
      headers: [["content-type", "text/plain"]],
      body: Buffer.from(`${path} rev ${version.revision} v${version.version} `.repeat(20)),
    };
  };
  const cache = new PageCache({ render, version: () => version, logger: quiet, maxBytes: options.maxBytes ?? 1 << 20, retryMs: 50 });
  const text = async (key: string) => (await cache.get(key)).identity.body.toString().slice(0, 40);
  return {
    cache,
    renders,
    text,
    bump: (change: Partial<SnapshotVersion>) => (version = { ...version, version: version.version + 1, ...change }),
    fail: (on: boolean) => (failing = on),
    hold: () => {
      let release = () => {};
      gate = new Promise((resolve) => (release = resolve));
      return () => release();
    },
  };
}

describe("PageCache", () => {
  it("renders each page once per version, however many ask at once", async () => {
    const t = setup();
    const release = t.hold();
    const answers = Array.from({ length: 50 }, () => t.cache.get("/"));
    release();
    const bodies = new Set((await Promise.all(answers)).map((a) => a.identity.etag));
    expect(bodies.size).toBe(1);
    for (let i = 0; i < 100; i++) await t.cache.get("/");
    expect(t.renders).toEqual(["/"]);
  });

  it("makes readers wait for new content, never serving the old revision after a change", async () => {
    const t = setup();
    expect(await t.text("/")).toContain("rev 1");
    t.bump({ revision: 2 });
    expect(await t.text("/")).toContain("rev 2");
    t.bump({ stale: true });
    await t.text("/");
    expect(t.renders).toHaveLength(3);
  });

  it("serves the current bytes while a time-only rebuild renders in the background", async () => {
    const t = setup();
    await t.text("/");
    t.bump({}); // same revision, same stale flag: the minutely rebuild
    const release = t.hold();
    expect(await t.text("/")).toContain("rev 1 v1");
    release();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await t.text("/")).toContain("rev 1 v2");
    expect(t.renders).toEqual(["/", "/"]);
  });

  it("keeps the last good bytes when a render fails, and retries no more than once per interval", async () => {
    const t = setup();
    await t.text("/");
    t.bump({ revision: 2 });
    t.fail(true);
    expect(await t.text("/")).toContain("rev 1");
    for (let i = 0; i < 20; i++) expect(await t.text("/")).toContain("rev 1");
    expect(t.renders).toHaveLength(2);
    await new Promise((resolve) => setTimeout(resolve, 60));
    t.fail(false);
    expect(await t.text("/")).toContain("rev 2");
  });

  it("answers 503 when nothing was ever rendered and the render fails", async () => {
    const t = setup();
    t.fail(true);
    expect((await t.cache.get("/")).status).toBe(503);
    expect((await t.cache.get("/")).status).toBe(503);
    expect(t.renders).toHaveLength(1);
  });

  it("renders the pages being read again right after a change", async () => {
    const t = setup();
    await Promise.all(["/", "/history", "/feed.rss"].map((k) => t.cache.get(k)));
    t.bump({ revision: 2 });
    await t.cache.warm();
    expect(t.renders.slice(3).sort()).toEqual(["/", "/feed.rss", "/history"]);
    await t.text("/");
    expect(t.renders).toHaveLength(6);
  });

  it("drops the least recently read pages beyond its memory budget", async () => {
    const t = setup({ maxBytes: 5_000 });
    for (let i = 0; i < 40; i++) await t.cache.get(`/incidents/i${i}`);
    expect(t.cache.size.bytes).toBeLessThanOrEqual(5_000);
    expect(t.cache.size.pages).toBeLessThan(40);
    const before = t.renders.length;
    await t.cache.get("/incidents/i39");
    expect(t.renders).toHaveLength(before);
    await t.cache.get("/incidents/i0");
    expect(t.renders).toHaveLength(before + 1);
  });
});
