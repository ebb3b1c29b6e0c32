import { NextRequest } from "next/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { snapshot } from "@/test/fixtures/snapshot";
import type { PublicComponent, PublicSnapshot } from "@/server/public/snapshot-types";
import { GET as embed } from "../embed/route";
import { GET as badge } from "./route";

const current: { snapshot: PublicSnapshot | null } = { snapshot: null };
vi.mock("@/server/public/read-snapshot", () => ({
  readPublicSnapshot: async () => (current.snapshot ? { snapshot: current.snapshot, stale: false } : null),
}));

const get = (query = "") => badge(new NextRequest(`http://localhost/badge.svg${query}`));
const api: PublicComponent = {
  id: "c-api",
  name: "API",
  description: null,
  status: "major_outage",
  groupId: null,
  since: null,
  windows: [],
  maintenance: [],
};

describe("badge and embed routes", () => {
  beforeEach(() => {
    current.snapshot = snapshot({ rows: [{ kind: "component", component: api }] });
  });

  it("serves the overall badge as SVG with a short cache", async () => {
    const response = await get();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("public, max-age=30, s-maxage=30, stale-while-revalidate=60, stale-if-error=86400");
    expect(await response.text()).toContain("<title>status: partial outage</title>");
  });

  it("serves a component's badge, and 404 for an unknown component", async () => {
    expect(await (await get("?component=c-api")).text()).toContain("status: major outage");
    const missing = await get("?component=nope");
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain("unknown component");
  });

  it("serves the embed as framable HTML without script", async () => {
    const response = await embed();
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors *");
    expect(response.headers.get("x-frame-options")).toBeNull();
    const html = await response.text();
    expect(html).toContain('href="https://status.acme.example/"');
    expect(html).not.toContain("<script");
  });
});
