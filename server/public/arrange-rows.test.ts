import { describe, expect, it } from "vitest";
import { arrangeRows } from "./arrange-rows";

const component = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: id,
  description: null,
  status: "operational" as const,
  groupId: null,
  since: null,
  windows: [],
  maintenance: [],
  position: 0,
  onlyShowIfDegraded: false,
  ...extra,
});
const group = (id: string, position: number) => ({ id, name: id, description: null, position, collapsed: false });

describe("arrangeRows", () => {
  it("interleaves groups and ungrouped components by position", () => {
    const rows = arrangeRows(
      [group("api", 2)],
      [component("website", { position: 1 }), component("auth", { groupId: "api" }), component("dashboard", { position: 3 })],
    );
    expect(rows.map((r) => (r.kind === "group" ? `group:${r.group.id}` : r.component.id))).toEqual(["website", "group:api", "dashboard"]);
  });

  it("rolls the worst member status up to the group and orders members", () => {
    const rows = arrangeRows(
      [group("api", 0)],
      [
        component("track", { groupId: "api", position: 2, status: "partial_outage" }),
        component("auth", { groupId: "api", position: 1, status: "degraded_performance" }),
      ],
    );
    expect(rows[0]).toMatchObject({ kind: "group", group: { status: "partial_outage", components: [{ id: "auth" }, { id: "track" }] } });
  });

  it("leaves out empty groups and shows only-if-degraded components only while degraded", () => {
    const rows = arrangeRows(
      [group("empty", 0), group("api", 1)],
      [
        component("quiet", { groupId: "api", onlyShowIfDegraded: true }),
        component("loud", { groupId: "api", onlyShowIfDegraded: true, status: "major_outage" }),
      ],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.kind === "group" && rows[0].group.components.map((c) => c.id)).toEqual(["loud"]);
  });

  it("shows a component whose group is gone as a top-level row", () => {
    const rows = arrangeRows([], [component("orphan", { groupId: "deleted" })]);
    expect(rows).toEqual([expect.objectContaining({ kind: "component" })]);
  });
});
