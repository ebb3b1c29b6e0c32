import { describe, expect, it } from "vitest";
import { groupPeriods } from "@/lib/domain/periods";
import { toIncident } from "@/server/public/to-public";
import { incidentInclude } from "@/server/public/build-snapshot";
import { build2021Incident, INCIDENT_2021_TITLE } from "@/server/seed/demo-2021-incident";
import { seededRandom } from "@/server/seed/random";
import { ValidationError } from "@/server/errors";
import { ctxAs } from "@/test/actors";
import { testDb } from "@/test/db";
import { createIncident } from "./create-incident";
import type { Backfill } from "./schemas";
import { makeComponents, publicRevision, uniqueLabel } from "@/test/fixtures/incident";

const db = testDb();

describe("createIncident with backfill", () => {
  it("enters the seed's 30 March 2021 incident: three periods on four components, eight updates, nobody told", async () => {
    const ctx = await ctxAs(db, "editor");
    const seed = build2021Incident(seededRandom(2021), new Set());
    const components = await makeComponents(db, seed.componentKeys.length, "2021");
    const idOf = Object.fromEntries(seed.componentKeys.map((key, i) => [key, components[i]!.id]));
    // Our own components start degraded by hand: a backfill must not touch current statuses.
    await db.component.update({ where: { id: components[0]!.id }, data: { status: "partial_outage", statusSource: "manual" } });
    const revision = await publicRevision(db);

    const incident = await createIncident({
      ctx,
      input: {
        title: INCIDENT_2021_TITLE,
        impact: seed.impact,
        components: seed.componentKeys.map((key) => ({ componentId: idOf[key]!, status: "operational" as const })),
        publish: true,
        notify: true, // ignored: a backfill never announces
        backfill: {
          startedAt: seed.startedAt,
          resolvedAt: seed.resolvedAt,
          windows: seed.windows.map((w) => ({
            componentId: idOf[w.componentKey]!,
            severity: w.severity,
            startedAt: w.startedAt,
            endedAt: w.endedAt,
          })),
          updates: seed.updates.map((u) => ({
            status: u.status,
            body: u.body,
            displayAt: u.displayAt.toISOString(),
            components: u.changes.map((c) => ({ componentId: idOf[c.componentKey]!, oldStatus: c.oldStatus, newStatus: c.newStatus })),
          })),
        },
      },
    });

    expect(incident).toMatchObject({
      status: "resolved",
      startedAt: new Date("2021-03-30T14:52:00Z"),
      resolvedAt: new Date("2021-03-30T20:40:00Z"),
      publishedAt: new Date("2021-03-30T15:04:00Z"),
      monitoringAt: new Date("2021-03-30T18:58:00Z"),
    });
    const row = await db.incident.findUniqueOrThrow({ where: { id: incident.id }, include: incidentInclude });
    expect(row.components).toHaveLength(4);
    expect(row.updates.map((u) => u.status)).toEqual([
      "resolved",
      "monitoring",
      "identified",
      "monitoring",
      "identified",
      "monitoring",
      "identified",
      "investigating",
    ]);
    expect(row.updates.every((u) => u.notify === false)).toBe(true);
    expect(row.updates.at(-1)!.components).toHaveLength(4);
    expect(row.windows).toHaveLength(12);
    expect(row.windows.every((w) => w.endedAt !== null)).toBe(true);

    const publicView = toIncident(row);
    const periods = groupPeriods(publicView.windows, Date.now());
    expect(periods.map((p) => [new Date(p.start).toISOString(), new Date(p.end!).toISOString()])).toEqual([
      ["2021-03-30T14:52:00.000Z", "2021-03-30T15:40:00.000Z"],
      ["2021-03-30T16:25:00.000Z", "2021-03-30T17:05:00.000Z"],
      ["2021-03-30T18:10:00.000Z", "2021-03-30T18:45:00.000Z"],
    ]);

    const now = await db.component.findMany({ where: { id: { in: components.map((c) => c.id) } }, orderBy: { id: "asc" } });
    expect(Object.fromEntries(now.map((c) => [c.id, c.status]))).toEqual(
      Object.fromEntries(components.map((c, i) => [c.id, i === 0 ? "partial_outage" : "operational"])),
    );
    expect(await db.notification.count({ where: { incidentId: incident.id } })).toBe(0);
    expect(await db.auditLog.findMany({ where: { entityId: incident.id } })).toEqual([
      expect.objectContaining({ action: "incident.backfill" }),
    ]);
    expect(await publicRevision(db)).toBeGreaterThan(revision);
  });

  it("names each bad field of a backfill and stores nothing", async () => {
    const ctx = await ctxAs(db, "editor");
    const [c] = await makeComponents(db, 1);
    const title = uniqueLabel("bad backfill");
    const at = (hhmm: string) => `2024-01-10T${hhmm}:00Z`;
    const backfill = (windows: Backfill["windows"], updates: Backfill["updates"]) =>
      createIncident({ ctx, input: { title, backfill: { startedAt: at("10:00"), resolvedAt: at("12:00"), windows, updates } } }).catch(
        (e) => e,
      );
    const error = await backfill(
      [
        { componentId: c!.id, severity: "major", startedAt: at("10:00"), endedAt: at("11:00") },
        { componentId: c!.id, severity: "partial", startedAt: at("10:30"), endedAt: at("11:30") },
        { componentId: c!.id, severity: "degraded", startedAt: at("09:00"), endedAt: at("09:30") },
      ],
      [
        { status: "investigating", body: "Looking", displayAt: at("10:05") },
        { status: "monitoring", body: "Watching", displayAt: at("13:00") },
      ],
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.fieldErrors).toEqual({
      "backfill.windows.1.startedAt": [expect.stringMatching(/^Overlaps another window/)],
      "backfill.windows.2.startedAt": ["Starts before the incident"],
      "backfill.updates.1.displayAt": ["Must be between the start and the resolution"],
      "backfill.updates": ["The latest update of a past incident must be a resolved one"],
    });
    const missing = await backfill(
      [{ componentId: "gone", severity: "major", startedAt: at("10:00"), endedAt: at("11:00") }],
      [{ status: "resolved", body: "Done", displayAt: at("12:00") }],
    );
    expect(missing.fieldErrors).toEqual({ "backfill.windows.0.componentId": ["This component does not exist"] });
    expect(await db.incident.findFirst({ where: { title } })).toBeNull();
  });
});
