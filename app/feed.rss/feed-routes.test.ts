import { beforeEach, describe, expect, it, vi } from "vitest";
import { snapshot } from "@/test/fixtures/snapshot";
import type { PublicSnapshot } from "@/server/public/snapshot-types";
import { GET as atom } from "../feed.atom/route";
import { GET as rss } from "./route";

const current: { snapshot: PublicSnapshot | null } = { snapshot: null };
vi.mock("@/server/public/read-snapshot", () => ({
  readPublicSnapshot: async () => (current.snapshot ? { snapshot: current.snapshot, stale: false } : null),
}));

describe("feed routes", () => {
  beforeEach(() => {
    current.snapshot = snapshot();
  });

  it("serve RSS and Atom with their content types and the public pages' cache policy", async () => {
    for (const [handler, type, root] of [
      [rss, "application/rss+xml; charset=utf-8", "<rss"],
      [atom, "application/atom+xml; charset=utf-8", "<feed"],
    ] as const) {
      const response = await handler();
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe(type);
      expect(response.headers.get("cache-control")).toBe("public, max-age=0, s-maxage=5, stale-while-revalidate=30, stale-if-error=86400");
      expect(await response.text()).toContain(root);
    }
  });

  it("answer 503, not cached, before there is any snapshot", async () => {
    current.snapshot = null;
    const response = await rss();
    expect(response.status).toBe(503);
    expect(response.headers.get("cache-control")).toBe("no-store");
  });
});
