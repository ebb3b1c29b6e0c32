import { describe, expect, it } from "vitest";
import type { SpIncident } from "./documents";
import { planIncident, planMaintenance, windowsFromChanges } from "./plan";

const base: SpIncident = {
  id: "i1",
  name: "Outage",
  status: "resolved",
  impact: "major",
  created_at: "2026-01-01T10:00:00Z",
  resolved_at: "2026-01-01T12:00:00Z",
  incident_updates: [],
  components: [{ id: "c1" }, { id: "unknown" }],
};
const local = (id: string) => ({ c1: "L1", c2: "L2" })[id];

describe("planIncident", () => {
  it("a resolved incident without updates gets a resolved update, and windows from its impact", () => {
    const plan = planIncident(base, local);
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.input.components).toEqual([{ componentId: "L1", status: "operational" }]);
    expect(plan.input.backfill.updates).toEqual([
      { status: "resolved", body: "This incident has been resolved.", displayAt: new Date("2026-01-01T12:00:00Z"), components: [] },
    ]);
    expect(plan.input.backfill.windows).toEqual([
      { componentId: "L1", severity: "partial", startedAt: new Date("2026-01-01T10:00:00Z"), endedAt: new Date("2026-01-01T12:00:00Z") },
    ]);
  });

  it("sorts updates, clamps them into the incident, maps unknown statuses, drops unknown components", () => {
    const plan = planIncident(
      {
        ...base,
        impact: "weird",
        incident_updates: [
          { id: "u2", status: "resolved", body: "", created_at: "2026-01-01T12:00:00Z" },
          {
            id: "u1",
            status: "someday",
            body: "x &lt; y",
            created_at: "2026-01-01T09:00:00Z",
            affected_components: [{ code: "zz", new_status: "major_outage" }],
          },
        ],
      },
      local,
    );
    if (!plan.ok) throw new Error(plan.reason);
    expect(plan.input.impact).toBe("none");
    expect(plan.input.backfill.startedAt).toEqual(new Date("2026-01-01T09:00:00Z"));
    expect(plan.input.backfill.updates.map((u) => [u.status, u.body, u.components])).toEqual([
      ["investigating", "x < y", []],
      ["resolved", "This incident has been resolved.", []],
    ]);
    expect(plan.input.backfill.windows).toEqual([]);
  });

  it("leaves out an incident that is still open", () => {
    expect(planIncident({ ...base, status: "monitoring", resolved_at: null }, local)).toEqual({
      ok: false,
      reason: expect.stringContaining("still open"),
    });
  });
});

describe("windowsFromChanges", () => {
  const t = (m: number) => Date.UTC(2026, 0, 1, 10, m);
  const change = (componentId: string, newStatus: string) => ({ componentId, oldStatus: "operational", newStatus });
  it("opens, changes severity, closes, ignores repeats and maintenance, and cuts at the end", () => {
    const windows = windowsFromChanges(
      [
        { at: t(0), changes: [change("a", "partial_outage"), change("b", "under_maintenance")] },
        { at: t(10), changes: [change("a", "partial_outage")] },
        { at: t(20), changes: [change("a", "major_outage"), change("b", "degraded_performance")] },
        { at: t(30), changes: [change("a", "operational")] },
      ],
      t(40),
    );
    expect(windows.map((w) => [w.componentId, w.severity, w.startedAt.getTime(), w.endedAt.getTime()])).toEqual([
      ["a", "partial", t(0), t(20)],
      ["a", "major", t(20), t(30)],
      ["b", "degraded", t(20), t(40)],
    ]);
  });
});

describe("planMaintenance", () => {
  it("needs a window; takes the scheduled text as the description", () => {
    expect(planMaintenance({ ...base, scheduled_for: null }, local)).toEqual({ ok: false, reason: "no scheduled window" });
    const plan = planMaintenance(
      {
        ...base,
        status: "in_progress",
        scheduled_for: "2026-01-02T01:00:00Z",
        scheduled_until: "2026-01-02T02:00:00Z",
        incident_updates: [
          { id: "m2", status: "in_progress", body: "Started", created_at: "2026-01-02T01:01:00Z" },
          { id: "m1", status: "scheduled", body: "<p>Router work</p>", created_at: "2025-12-20T09:00:00Z" },
        ],
      },
      local,
    );
    if (!plan.ok) throw new Error(plan.reason);
    expect(plan.input).toMatchObject({
      body: "Router work",
      status: "in_progress",
      startedAt: new Date("2026-01-02T01:01:00Z"),
      completedAt: null,
      componentIds: ["L1"],
    });
  });
});
