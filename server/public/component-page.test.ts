import { describe, expect, it } from "vitest";
import { incident, maintenance, snapshot } from "@/test/fixtures/snapshot";
import type { PublicComponent } from "./snapshot-types";
import { componentPageView } from "./component-page";

const api: PublicComponent = {
  id: "c-api",
  slug: "api",
  name: "API",
  description: null,
  status: "operational",
  groupId: "g1",
  since: null,
  windows: [
    { start: Date.parse("2026-02-20T10:00:00Z"), end: Date.parse("2026-02-20T11:00:00Z"), severity: "major", incidentId: "recent" },
    { start: Date.parse("2025-06-01T10:00:00Z"), end: Date.parse("2025-06-01T11:00:00Z"), severity: "partial", incidentId: "old" },
  ],
  maintenance: [],
};
const summary = (id: string, startedAt: string, componentIds: string[], resolvedAt: string | null = startedAt) => ({
  ...incident({ id, slug: `${id}-slug`, title: `Incident ${id}`, startedAt, resolvedAt }),
  componentIds,
});
const page = snapshot({
  generatedAt: "2026-03-03T00:00:00.000Z",
  rows: [
    { kind: "group", group: { id: "g1", name: "Core", description: null, status: "operational", collapsed: false, components: [api] } },
  ],
  history: [
    summary("open", "2025-01-01T00:00:00Z", ["c-api"], null),
    summary("recent", "2026-02-20T10:00:00Z", ["c-api"]),
    summary("other", "2026-02-21T10:00:00Z", ["c-db"]),
    summary("old", "2025-06-01T10:00:00Z", ["c-api"]),
  ],
  maintenance: {
    active: [],
    upcoming: [maintenance({ id: "m-api", components: [{ id: "c-api", name: "API" }] }), maintenance()],
    past: [
      maintenance({ id: "m-past", status: "completed", completedAt: "2026-02-10T03:00:00Z", components: [{ id: "c-api", name: "API" }] }),
      maintenance({ id: "m-older", status: "completed", completedAt: "2025-12-01T03:00:00Z", components: [{ id: "c-api", name: "API" }] }),
    ],
  },
});

describe("componentPageView", () => {
  it("finds a shown component by slug or id, with its group, and nothing else", () => {
    expect(componentPageView(page, "api", 90)?.component.id).toBe("c-api");
    expect(componentPageView(page, "c-api", 90)?.groupName).toBe("Core");
    expect(componentPageView(page, "g1", 90)).toBeNull();
    expect(componentPageView(page, "nope", 90)).toBeNull();
  });

  it("lists its incidents of the range and any still open, and its maintenance", () => {
    const month = componentPageView(page, "api", 30)!;
    expect(month.incidents.map((i) => i.id)).toEqual(["open", "recent"]);
    expect(month.upcomingMaintenance.map((m) => m.id)).toEqual(["m-api"]);
    expect(month.pastMaintenance.map((m) => m.id)).toEqual(["m-past"]);
    const year = componentPageView(page, "api", 365)!;
    expect(year.incidents.map((i) => i.id)).toEqual(["open", "recent", "old"]);
    expect(year.pastMaintenance.map((m) => m.id)).toEqual(["m-past", "m-older"]);
  });

  it("links the incidents its bars name, over the whole kept year", () => {
    expect(componentPageView(page, "api", 365)!.incidentLinks).toEqual({
      recent: { title: "Incident recent", href: "/incidents/recent-slug" },
      old: { title: "Incident old", href: "/incidents/old-slug" },
    });
  });
});
