import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/server/db";
import { freshDatabase, type FreshDatabase } from "@/test/fresh-db";
import { ensureSeeded, seedDemoData, seedFirstRun } from "./apply";
import { buildDemoData, seededRandom, type DemoData } from "./demo";

// "First run" is a whole-database state, so this file has a database of its own (other files
// create components and incidents with demo-like names at the same time in the shared one).
// Tests in this file run in order: the first-run test must come before seedDemoData creates
// the Setting row.
let fresh: FreshDatabase;
beforeAll(async () => {
  fresh = await freshDatabase("seed");
});
afterAll(() => fresh.drop());
const testDb = () => fresh.db;

const is2021 = (startedAt: Date) => startedAt.getUTCFullYear() === 2021;

/** Everything the demo data identifies by slug or name, counted. */
async function snapshot(db: Db, demo: DemoData) {
  const slugs = demo.incidents.map((i) => i.slug);
  const ofIncidents = { incident: { slug: { in: slugs } } };
  return {
    setting: await db.setting.findUnique({ where: { id: "default" }, omit: { updatedAt: true } }),
    groups: await db.componentGroup.count({ where: { name: { in: demo.groups.map((g) => g.name) } } }),
    components: await db.component.count({ where: { name: { in: demo.components.map((c) => c.name) } } }),
    incidents: await db.incident.count({ where: { slug: { in: slugs } } }),
    updates: await db.incidentUpdate.count({ where: ofIncidents }),
    changes: await db.incidentUpdateComponent.count({ where: { update: ofIncidents } }),
    windows: await db.degradationWindow.count({ where: ofIncidents }),
    postmortems: await db.postmortem.count({ where: ofIncidents }),
    maintenances: await db.maintenance.count({ where: { slug: { in: demo.maintenances.map((m) => m.slug) } } }),
  };
}

/** Number of separate periods covered by the windows (overlapping ones merged). */
function periodCount(windows: Array<{ startedAt: Date; endedAt: Date | null }>): number {
  const sorted = [...windows].sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime());
  let count = 0;
  let end = -Infinity;
  for (const window of sorted) {
    if (window.startedAt.getTime() > end) count++;
    end = Math.max(end, window.endedAt!.getTime());
  }
  return count;
}

describe("ensureSeeded", () => {
  it("seeds the demo page on first run, then skips without writing anything", async () => {
    const db = testDb();
    const now = new Date();
    const demo = buildDemoData(now);
    expect(await ensureSeeded(db, { demo: true, now })).toBe("demo");
    const after = await snapshot(db, demo);
    expect(after).toMatchObject({
      setting: { pageName: demo.settings.pageName, timeZone: demo.settings.timeZone },
      groups: demo.groups.length,
      components: demo.components.length,
      incidents: demo.incidents.length,
      updates: demo.incidents.flatMap((i) => i.updates).length,
      windows: demo.incidents.flatMap((i) => i.windows).length,
      postmortems: 1,
      maintenances: demo.maintenances.length,
    });
    expect(after.changes).toBeGreaterThan(0);

    expect(await ensureSeeded(db, { demo: true, now })).toBe("skipped");
    expect(await ensureSeeded(db, { demo: false })).toBe("skipped");
    expect(await snapshot(db, demo)).toEqual(after);
  });

  it("creates only the Setting row, with its defaults, when demo data is off", async () => {
    const db = testDb();
    const demo = buildDemoData(new Date());
    const rollback = new Error("rollback");
    let seen: { result: string; pageName?: string; before: number; after: number } | undefined;
    // Pretends to be a first run inside a transaction that is rolled back, so the shared
    // Setting row is never really missing for other tests.
    const countDemoRows = async (tx: Parameters<typeof seedFirstRun>[0]) =>
      (await tx.component.count({ where: { name: { in: demo.components.map((c) => c.name) } } })) +
      (await tx.incident.count({ where: { title: { in: demo.incidents.map((i) => i.title) } } }));
    await expect(
      db.$transaction(async (tx) => {
        await tx.setting.deleteMany({ where: { id: "default" } });
        const before = await countDemoRows(tx);
        const result = await seedFirstRun(tx, { demo: false });
        const setting = await tx.setting.findUnique({ where: { id: "default" } });
        seen = { result, pageName: setting?.pageName, before, after: await countDemoRows(tx) };
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    expect(seen).toMatchObject({ result: "settings", pageName: "Status" });
    expect(seen?.after).toBe(seen?.before);
  });
});

describe("seedDemoData", () => {
  it("writes the 2021 incident with three periods, its timeline and a published postmortem", async () => {
    const db = testDb();
    // Its own seed: other slugs than ensureSeeded's demo, so both can live in one database.
    const data = await seedDemoData(db, new Date(), seededRandom(7));
    const planned = data.incidents.find((i) => is2021(i.startedAt))!;

    const incident = await db.incident.findUniqueOrThrow({
      where: { slug: planned.slug },
      include: {
        components: { include: { component: true } },
        windows: true,
        updates: { orderBy: { displayAt: "asc" }, include: { components: { include: { component: true } } } },
        postmortem: true,
      },
    });
    expect(incident).toMatchObject({ impact: "major", status: "resolved", title: planned.title });
    expect(incident.publishedAt).not.toBeNull();
    expect(incident.components.map((c) => c.component.name).sort()).toEqual([
      "Authenticate endpoint",
      "Batch endpoint",
      "Dashboard",
      "Track endpoint",
    ]);

    expect(incident.windows).toHaveLength(planned.windows.length);
    expect(incident.windows.every((w) => w.endedAt !== null && w.endedAt > w.startedAt)).toBe(true);
    expect(periodCount(incident.windows)).toBe(3);
    const affected = new Set(incident.components.map((c) => c.componentId));
    expect(incident.windows.every((w) => affected.has(w.componentId))).toBe(true);

    expect(incident.updates.map((u) => u.status)).toEqual(planned.updates.map((u) => u.status));
    const first = incident.updates[0]!;
    expect(first.components.map((c) => [c.component.name, c.oldStatus, c.newStatus]).sort()).toEqual([
      ["Authenticate endpoint", "operational", "major_outage"],
      ["Batch endpoint", "operational", "partial_outage"],
      ["Dashboard", "operational", "degraded_performance"],
      ["Track endpoint", "operational", "partial_outage"],
    ]);
    expect(incident.updates.at(-1)!.components).toEqual([]);

    expect(incident.postmortem?.publishedAt).not.toBeNull();
    expect(incident.postmortem?.body).toContain("## Root cause");
  });

  it("leaves every seeded component operational and every window closed", async () => {
    const db = testDb();
    const data = await seedDemoData(db, new Date(), seededRandom(8));
    const slugs = data.incidents.map((i) => i.slug);
    const incidents = await db.incident.findMany({
      where: { slug: { in: slugs } },
      include: { windows: { include: { component: true } } },
    });
    expect(incidents).toHaveLength(slugs.length);
    expect(incidents.every((i) => i.status === "resolved" && i.resolvedAt !== null)).toBe(true);
    const windows = incidents.flatMap((i) => i.windows);
    expect(windows.every((w) => w.endedAt !== null)).toBe(true);
    expect(windows.every((w) => w.component.status === "operational")).toBe(true);

    const maintenances = await db.maintenance.findMany({
      where: { slug: { in: data.maintenances.map((m) => m.slug) } },
      include: { components: true, updates: true },
    });
    expect(maintenances.map((m) => m.status).sort()).toEqual(["completed", "scheduled"]);
    expect(maintenances.every((m) => m.components.length > 0 && m.updates.length > 0)).toBe(true);
    expect(await db.setting.findUnique({ where: { id: "default" } })).not.toBeNull();
  });
});
