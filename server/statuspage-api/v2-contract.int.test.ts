import Ajv from "ajv";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { makeComponent, makeGroup } from "@/test/fixtures/component";
import { systemActor, type Ctx } from "@/server/context";
import { addIncidentUpdate, createIncident, resolveIncident } from "@/server/incident";
import { scheduleMaintenance, startMaintenance } from "@/server/maintenance";
import { publishPostmortem, savePostmortem } from "@/server/postmortem";
import { buildPublicSnapshot } from "@/server/public/build-snapshot";
import type { PublicSnapshot } from "@/server/public/snapshot-types";
import { freshDatabase, type FreshDatabase } from "@/test/fresh-db";
import schema from "@/test/statuspage-schemas/statuspage-v2.schema.json";

// Contract: every v2 endpoint, called through its route handler, matches Statuspage's documented format.

const current = vi.hoisted(() => ({ snapshot: null as PublicSnapshot | null }));
vi.mock("@/server/public/read-snapshot", () => ({
  readPublicSnapshot: async () => (current.snapshot ? { snapshot: current.snapshot, stale: false } : null),
}));

const ajv = new Ajv({ allErrors: true, allowUnionTypes: true });
addFormats(ajv);
ajv.addSchema(schema);
const validator = (definition: string) => ajv.getSchema(`statuspage-v2#/definitions/${definition}`)!;

type Route = { GET: () => Promise<Response>; OPTIONS: () => Response };
const ROUTES: Array<[string, () => Promise<Route>, string]> = [
  ["summary.json", () => import("@/app/api/v2/summary.json/route"), "summary"],
  ["status.json", () => import("@/app/api/v2/status.json/route"), "statusResponse"],
  ["components.json", () => import("@/app/api/v2/components.json/route"), "componentsResponse"],
  ["incidents.json", () => import("@/app/api/v2/incidents.json/route"), "incidentsResponse"],
  ["incidents/unresolved.json", () => import("@/app/api/v2/incidents/unresolved.json/route"), "incidentsResponse"],
  ["scheduled-maintenances.json", () => import("@/app/api/v2/scheduled-maintenances.json/route"), "scheduledMaintenancesResponse"],
  [
    "scheduled-maintenances/upcoming.json",
    () => import("@/app/api/v2/scheduled-maintenances/upcoming.json/route"),
    "scheduledMaintenancesResponse",
  ],
  [
    "scheduled-maintenances/active.json",
    () => import("@/app/api/v2/scheduled-maintenances/active.json/route"),
    "scheduledMaintenancesResponse",
  ],
];

type Item = Record<string, unknown>;
type V2Body = { page: Item; status: Item; components: Item[]; incidents: Item[]; scheduled_maintenances: Item[] };

const HOUR = 3_600_000;
let fresh: FreshDatabase;
const ids = { group: "", api: "", db: "", web: "", hidden: "", open: "", resolved: "", scheduled: "", running: "" };

beforeAll(async () => {
  fresh = await freshDatabase("statuspage-v2");
  const { db } = fresh;
  const ctx: Ctx = { db, actor: systemActor("statuspage contract test") };
  await db.setting.create({ data: { publicUrl: "https://status.example.test/", pageName: "Example", timeZone: "Europe/Berlin" } });
  const group = await makeGroup(db, { name: "Core", position: 0 });
  const api = await makeComponent(db, { name: "API", groupId: group.id, position: 0 });
  const database = await makeComponent(db, { name: "Database", groupId: group.id, position: 1 });
  const web = await makeComponent(db, { name: "Website", position: 1 });
  const hidden = await db.component.create({ data: { name: "Internal", showcase: false } });
  await db.component.create({ data: { name: "Edge", onlyShowIfDegraded: true, startDate: new Date("2026-01-05T00:00:00Z"), position: 2 } });

  const quiet = { publish: true, notify: false } as const;
  const open = await createIncident({
    ctx,
    input: {
      title: "API errors",
      impact: "major",
      components: [
        { componentId: api.id, status: "partial_outage" },
        { componentId: hidden.id, status: "degraded_performance" },
      ],
      body: "Investigating.",
      ...quiet,
    },
  });
  await addIncidentUpdate({ ctx, input: { incidentId: open.id, status: "identified", body: "Found the cause.", notify: false } });

  const resolved = await createIncident({
    ctx,
    input: {
      title: "Slow queries",
      impact: "minor",
      components: [{ componentId: database.id, status: "degraded_performance" }],
      body: "Looking.",
      ...quiet,
    },
  });
  await addIncidentUpdate({ ctx, input: { incidentId: resolved.id, status: "monitoring", body: "Fix deployed.", notify: false } });
  await resolveIncident({ ctx, input: { incidentId: resolved.id, notify: false } });
  await savePostmortem({ ctx, input: { incidentId: resolved.id, body: "## What happened\nAn index was missing." } });
  await publishPostmortem({ ctx, input: { incidentId: resolved.id, notify: false } });

  const silent = { notifyOnSchedule: false, notifyOnStart: false, notifyOnEnd: false, autoStart: false, autoComplete: false };
  const at = (h: number) => new Date(Date.now() + h * HOUR);
  const scheduled = await scheduleMaintenance({
    ctx,
    input: {
      title: "Database upgrade",
      body: "Read-only.",
      componentIds: [database.id],
      scheduledStart: at(24),
      scheduledEnd: at(26),
      ...silent,
    },
  });
  const running = await scheduleMaintenance({
    ctx,
    input: { title: "Web deploy", componentIds: [web.id], scheduledStart: at(1), scheduledEnd: at(2), ...silent },
  });
  await startMaintenance({ ctx, input: { maintenanceId: running.id } });

  Object.assign(ids, {
    group: group.id,
    api: api.id,
    db: database.id,
    web: web.id,
    hidden: hidden.id,
    open: open.id,
    resolved: resolved.id,
    scheduled: scheduled.id,
    running: running.id,
  });
  current.snapshot = await buildPublicSnapshot(db);
});

afterAll(async () => {
  await fresh?.drop();
});

async function get(path: string) {
  const route = await ROUTES.find(([p]) => p === path)![1]();
  const response = await route.GET();
  expect(response.status).toBe(200);
  return (await response.json()) as V2Body;
}

describe("Statuspage-compatible API v2 contract", () => {
  it.each(ROUTES)("/api/v2/%s matches Statuspage's format, readable from any origin", async (_path, load, definition) => {
    const route = await load();
    const response = await route.GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("cache-control")).toContain("s-maxage=5");
    const validate = validator(definition);
    const body: unknown = await response.json();
    expect(validate(body) ? [] : validate.errors).toEqual([]);

    const preflight = route.OPTIONS();
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
    expect(preflight.headers.get("access-control-allow-methods")).toContain("GET");
  });

  it("summary: page, indicator, components with groups, the open incident and upcoming or running maintenance", async () => {
    const summary = await get("summary.json");
    expect(summary.page).toMatchObject({ name: "Example", url: "https://status.example.test", time_zone: "Europe/Berlin" });
    expect(summary.page.updated_at).toMatch(/\+0[12]:00$/);
    expect(summary.status).toEqual({ indicator: "major", description: "Partial System Outage" });
    expect(summary.incidents.map((i) => i.id)).toEqual([ids.open]);
    expect(summary.scheduled_maintenances.map((m) => [m.id, m.status])).toEqual([
      [ids.running, "in_progress"],
      [ids.scheduled, "scheduled"],
    ]);
    const components = summary.components.map((c) => [c.name, c.group, c.group_id]);
    expect(components).toEqual([
      ["Core", true, null],
      ["API", false, ids.group],
      ["Database", false, ids.group],
      ["Website", false, null],
      ["Edge", false, null],
    ]);
    expect(summary.components[0]!.components).toEqual([ids.api, ids.db]);
  });

  it("incidents: both, newest first; the resolved one with its published postmortem; hidden components left out", async () => {
    const { incidents } = await get("incidents.json");
    expect(incidents.map((i) => i.id)).toEqual([ids.resolved, ids.open]);
    const resolved = incidents[0]!;
    const open = incidents[1]!;
    expect(resolved).toMatchObject({ status: "postmortem", impact: "minor", postmortem_body: "## What happened\nAn index was missing." });
    expect(resolved.resolved_at).not.toBeNull();
    expect(resolved.monitoring_at).not.toBeNull();
    expect(resolved.postmortem_published_at).not.toBeNull();
    expect(open).toMatchObject({ status: "identified", impact: "major", resolved_at: null, postmortem_body: null });
    expect(open.shortlink).toMatch(/^https:\/\/status\.example\.test\/incidents\//);
    expect((open.components as Array<{ id: string }>).map((c) => c.id)).toEqual([ids.api]);
    const updates = open.incident_updates as Array<{
      status: string;
      affected_components: Array<{ code: string; new_status: string }> | null;
    }>;
    expect(updates.map((u) => u.status)).toEqual(["identified", "investigating"]);
    expect(updates[1]!.affected_components).toContainEqual(expect.objectContaining({ code: ids.api, new_status: "partial_outage" }));

    const unresolved = await get("incidents/unresolved.json");
    expect(unresolved.incidents.map((i) => i.id)).toEqual([ids.open]);
  });

  it("scheduled maintenances: all, upcoming and active", async () => {
    const all = await get("scheduled-maintenances.json");
    expect(all.scheduled_maintenances.map((m) => m.id)).toEqual([ids.scheduled, ids.running]);
    expect(all.scheduled_maintenances[0]!).toMatchObject({ impact: "maintenance", status: "scheduled", resolved_at: null });
    expect((await get("scheduled-maintenances/upcoming.json")).scheduled_maintenances.map((m) => m.id)).toEqual([ids.scheduled]);
    const active = (await get("scheduled-maintenances/active.json")).scheduled_maintenances;
    expect(active.map((m) => [m.id, m.status])).toEqual([[ids.running, "in_progress"]]);
    expect((active[0]!.components as Array<{ id: string }>).map((c) => c.id)).toEqual([ids.web]);
  });

  it("the schemas are not vacuous: a wrong indicator, a missing field or a bare date are refused", async () => {
    const status = await get("status.json");
    const validate = validator("statusResponse");
    expect(validate({ ...status, status: { ...status.status, indicator: "green" } })).toBe(false);
    expect(validate({ page: status.page })).toBe(false);
    expect(validate({ ...status, page: { ...status.page, updated_at: "2026-01-01" } })).toBe(false);
  });

  it("answers 503 while there is no snapshot yet", async () => {
    const saved = current.snapshot;
    current.snapshot = null;
    try {
      const route = await ROUTES[0]![1]();
      const response = await route.GET();
      expect(response.status).toBe(503);
      expect(response.headers.get("cache-control")).toBe("no-store");
    } finally {
      current.snapshot = saved;
    }
  });
});
