import { describe, expect, it } from "vitest";
import { PAGE_ID, V2_ENDPOINTS, v2Payload } from "./endpoints";
import { apiIncident, apiMaintenance, apiSnapshot } from "@/test/fixtures/snapshot";

type Source = Parameters<(typeof V2_ENDPOINTS)["summary"]>[0];
const source = (over: Parameters<typeof apiSnapshot>[0] = {}) => apiSnapshot(over) as Source;

describe("Statuspage v2 mapping", () => {
  it("describes the page in its time zone, without a trailing slash", () => {
    expect(V2_ENDPOINTS.status(source())).toEqual({
      page: {
        id: PAGE_ID,
        name: "Acme",
        url: "https://status.acme.example",
        time_zone: "America/New_York",
        updated_at: "2026-03-01T19:00:00.000-05:00",
      },
      status: { indicator: "major", description: "Partial System Outage" },
    });
  });

  it("maps the overall status to Statuspage's indicator", () => {
    const indicator = (status: Source["overall"]["status"]) =>
      V2_ENDPOINTS.status(source({ overall: { status, label: "" } })).status.indicator;
    expect(
      ["operational", "under_maintenance", "degraded_performance", "partial_outage", "major_outage"].map((s) => indicator(s as never)),
    ).toEqual(["none", "none", "minor", "major", "critical"]);
  });

  it("lists components in page order, each group followed by its members, empty groups left out", () => {
    const { components } = V2_ENDPOINTS.components(source());
    expect(components.map((c) => [c.id, c.position, c.group, c.group_id])).toEqual([
      ["c-cdn", 1, false, null],
      ["g-core", 2, true, null],
      ["c-api", 1, false, "g-core"],
      ["c-db", 2, false, "g-core"],
      ["c-web", 3, false, null],
    ]);
    const group = components.find((c) => c.id === "g-core")!;
    expect(group).toMatchObject({ status: "partial_outage", components: ["c-api", "c-db"], description: "Core services", showcase: false });
    expect(components.find((c) => c.id === "c-db")).toMatchObject({ start_date: "2026-01-05", showcase: true, page_id: PAGE_ID });
    expect(components.find((c) => c.id === "c-web")).toMatchObject({ only_show_if_degraded: true, start_date: null });
    expect(components.find((c) => c.id === "c-db")).not.toHaveProperty("components");
  });

  it("maps incidents with updates, affected components, shortlink and shown components only", () => {
    const incident = V2_ENDPOINTS.unresolvedIncidents(source()).incidents[0]!;
    expect(incident).toMatchObject({
      id: "inc1",
      name: "API errors",
      status: "identified",
      impact: "major",
      started_at: "2026-03-01T05:00:00.000-05:00",
      resolved_at: null,
      monitoring_at: null,
      shortlink: "https://status.acme.example/incidents/api-errors",
      postmortem_body: null,
      postmortem_published_at: null,
    });
    expect(incident.components.map((c) => c.id)).toEqual(["c-api"]);
    expect(incident.incident_updates.map((u) => [u.id, u.incident_id, u.affected_components])).toEqual([
      ["u2", "inc1", null],
      ["u1", "inc1", [{ code: "c-api", name: "API", old_status: "operational", new_status: "partial_outage" }]],
    ]);
    // Written before createdAt was kept: the display time stands in.
    expect(incident.incident_updates[1]!.created_at).toBe("2026-03-01T05:00:00.000-05:00");
  });

  it("marks a resolved incident with a published postmortem as Statuspage does", () => {
    const resolved = apiIncident({
      status: "resolved",
      resolvedAt: "2026-03-01T12:00:00.000Z",
      postmortem: { body: "## Cause", publishedAt: "2026-03-02T12:00:00.000Z" },
    });
    const { incidents } = V2_ENDPOINTS.incidents(source({ api: { ...apiSnapshot().api!, incidents: [resolved] } }));
    expect(incidents[0]!).toMatchObject({
      status: "postmortem",
      postmortem_body: "## Cause",
      postmortem_published_at: "2026-03-02T07:00:00.000-05:00",
    });
  });

  it("lists maintenance as scheduled maintenances: all newest first, upcoming and active soonest first", () => {
    const active = apiMaintenance({
      id: "m-active",
      status: "in_progress",
      scheduledStart: "2026-03-02T00:00:00.000Z",
      startedAt: "2026-03-02T00:01:00.000Z",
    });
    const past = apiMaintenance({
      id: "m-past",
      status: "completed",
      scheduledStart: "2026-02-01T00:00:00.000Z",
      completedAt: "2026-02-01T01:00:00.000Z",
    });
    const s = source({ maintenance: { active: [active], upcoming: [apiMaintenance()], past: [past] } });
    expect(V2_ENDPOINTS.scheduledMaintenances(s).scheduled_maintenances.map((m) => m.id)).toEqual(["m1", "m-active", "m-past"]);
    expect(V2_ENDPOINTS.summary(s).scheduled_maintenances.map((m) => m.id)).toEqual(["m-active", "m1"]);
    expect(V2_ENDPOINTS.upcomingMaintenances(s).scheduled_maintenances[0]!.shortlink).toBe(
      "https://status.acme.example/maintenance/db-upgrade",
    );
    expect(V2_ENDPOINTS.activeMaintenances(s).scheduled_maintenances[0]).toMatchObject({
      impact: "maintenance",
      status: "in_progress",
      scheduled_for: "2026-03-01T19:00:00.000-05:00",
      started_at: "2026-03-01T19:01:00.000-05:00",
      components: [expect.objectContaining({ id: "c-db" })],
    });
    expect(V2_ENDPOINTS.scheduledMaintenances(s).scheduled_maintenances[2]!.resolved_at).toBe("2026-01-31T20:00:00.000-05:00");
  });

  it("answers null for a snapshot written before the API existed", () => {
    expect(v2Payload("summary", apiSnapshot({ api: undefined }))).toBeNull();
    expect(v2Payload("summary", apiSnapshot())).toMatchObject({ incidents: [expect.objectContaining({ id: "inc1" })] });
  });

  it("falls back to the configured base URL when settings have no page URL", () => {
    const s = apiSnapshot();
    const payload = v2Payload("incidents", { ...s, page: { ...s.page, url: "" } }, "https://fallback.example");
    expect(payload).toMatchObject({
      page: { url: "https://fallback.example" },
      incidents: [{ shortlink: "https://fallback.example/incidents/api-errors" }],
    });
  });
});
