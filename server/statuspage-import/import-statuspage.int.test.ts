import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/server/errors";
import { ctxAs } from "@/test/actors";
import { freshDatabase, type FreshDatabase } from "@/test/fresh-db";
import { readDocuments } from "./documents";
import { importStatuspage } from "./import-statuspage";

// Saved documents shaped like Statuspage's published v2 format (test/fixtures/statuspage): v1, then
// v2 as the same page looks a day later (the open incident resolved, one incident edited, a
// component renamed, the upcoming maintenance moved).
const folder = (version: string) => path.resolve("test/fixtures/statuspage", version);
let fresh: FreshDatabase;

beforeAll(async () => {
  fresh = await freshDatabase("statuspage-import");
}, 120_000);
afterAll(async () => {
  await fresh?.drop();
});

describe("importing a Statuspage page", () => {
  it("brings groups, components, past incidents with their timelines and maintenance; again, it updates and never duplicates", async () => {
    const { db } = fresh;
    const admin = await ctxAs(db, "admin");
    await expect(importStatuspage({ ctx: await ctxAs(db, "editor"), documents: await readDocuments(folder("v1")) })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    const first = await importStatuspage({ ctx: admin, documents: await readDocuments(folder("v1")) });
    expect(first).toMatchObject({
      groups: { created: 1, updated: 0 },
      components: { created: 4, updated: 0 },
      incidents: { created: 2, updated: 0, unchanged: 0, skipped: [{ id: "inc000000now", reason: expect.stringContaining("still open") }] },
      maintenance: { created: 2, updated: 0, unchanged: 0, skipped: [] },
    });

    const group = await db.componentGroup.findFirstOrThrow({
      where: { name: "API" },
      include: { components: { orderBy: { position: "asc" } } },
    });
    expect(group.components.map((c) => c.name)).toEqual(["REST API", "GraphQL API"]);
    const website = await db.component.findFirstOrThrow({ where: { name: "Website" } });
    expect(website).toMatchObject({ groupId: null, description: "www and the dashboard", startDate: new Date("2024-01-10T00:00:00Z") });
    // Today's status comes along, held by hand until someone changes it here.
    expect(await db.component.findFirstOrThrow({ where: { name: "GraphQL API" } })).toMatchObject({
      status: "degraded_performance",
      statusSource: "manual",
    });

    const outage = await db.incident.findFirstOrThrow({
      where: { title: "Elevated API error rates" },
      include: {
        updates: { orderBy: { displayAt: "asc" }, include: { components: true } },
        windows: { orderBy: { startedAt: "asc" } },
        components: true,
      },
    });
    expect(outage).toMatchObject({
      impact: "major",
      status: "resolved",
      startedAt: new Date("2026-10-02T14:00:00Z"),
      resolvedAt: new Date("2026-10-02T16:30:00Z"),
    });
    expect(outage.publishedAt).not.toBeNull();
    // HTML turned into markdown; the postmortem written after the resolution is kept, at the resolution.
    expect(outage.updates.map((u) => [u.status, u.body])).toEqual([
      ["investigating", "We are investigating elevated error rates on the **REST API**.\nMore soon."],
      ["identified", "A bad deploy. See [our post](https://blog.acme.example/post) & the **runbook**."],
      ["monitoring", "Rolled back; error rates are falling."],
      ["resolved", "Resolved."],
      ["resolved", "## Postmortem\nThe deploy skipped a migration."],
    ]);
    expect(outage.updates.every((u) => !u.notify)).toBe(true);
    expect(outage.updates[0]!.components).toEqual([expect.objectContaining({ oldStatus: "operational", newStatus: "partial_outage" })]);
    // Windows follow the recorded status changes: partial, then major, then degraded until the resolution.
    expect(outage.windows.map((w) => [w.severity, w.startedAt.toISOString(), w.endedAt?.toISOString()])).toEqual([
      ["partial", "2026-10-02T14:05:00.000Z", "2026-10-02T14:40:00.000Z"],
      ["major", "2026-10-02T14:40:00.000Z", "2026-10-02T15:30:00.000Z"],
      ["degraded", "2026-10-02T15:30:00.000Z", "2026-10-02T16:30:00.000Z"],
    ]);
    // No recorded changes: one window from the impact over the whole incident.
    const mail = await db.incident.findFirstOrThrow({ where: { title: "Delayed emails" }, include: { windows: true, updates: true } });
    expect(mail.windows.map((w) => w.severity)).toEqual(["degraded"]);
    expect(mail.updates).toHaveLength(2);

    const upgrade = await db.maintenance.findFirstOrThrow({
      where: { title: "Database upgrade" },
      include: { components: true, updates: true },
    });
    expect(upgrade).toMatchObject({ status: "completed", notifyOnStart: false, completedAt: new Date("2026-09-20T03:00:00Z") });
    expect(upgrade.components).toHaveLength(2);
    expect(upgrade.updates).toHaveLength(3);
    expect(await db.maintenance.findFirstOrThrow({ where: { title: "Network maintenance" } })).toMatchObject({
      status: "scheduled",
      autoStart: true,
    });

    // Nobody was told: no announcement, no delivery.
    expect(await db.notification.count()).toBe(0);
    expect(await db.auditLog.count({ where: { action: "import.statuspage" } })).toBe(1);

    const slug = outage.slug;
    const second = await importStatuspage({ ctx: admin, documents: await readDocuments(folder("v2")) });
    expect(second).toMatchObject({
      groups: { created: 0, updated: 1 },
      components: { created: 0, updated: 4 },
      incidents: { created: 1, updated: 1, unchanged: 1, skipped: [] },
      maintenance: { created: 0, updated: 1, unchanged: 1 },
    });
    expect(await db.component.count()).toBe(4);
    expect(await db.componentGroup.count()).toBe(1);
    expect(await db.incident.count()).toBe(3);
    expect(await db.maintenance.count()).toBe(2);
    expect(await db.component.count({ where: { name: "Website & dashboard" } })).toBe(1);
    expect((await db.incident.findFirstOrThrow({ where: { title: "Elevated API error rates" } })).slug).toBe(slug);
    const edited = await db.incident.findFirstOrThrow({
      where: { title: "Delayed emails" },
      include: { updates: { orderBy: { displayAt: "asc" } } },
    });
    expect(edited.updates.map((u) => u.status)).toEqual(["investigating", "monitoring", "resolved"]);
    expect(await db.incident.findFirstOrThrow({ where: { title: "GraphQL latency" } })).toMatchObject({ status: "resolved" });
    expect(await db.maintenance.findFirstOrThrow({ where: { title: "Network maintenance" } })).toMatchObject({
      scheduledStart: new Date("2027-03-08T01:00:00Z"),
    });
    expect(await db.importedRecord.count()).toBe(1 + 4 + 3 + 2);
    expect(await db.notification.count()).toBe(0);
  });

  it("names the document and field it cannot read", async () => {
    const { parseDocuments } = await import("./documents");
    expect(() =>
      parseDocuments({ summary: { page: { id: "x", name: "x" }, components: [{ id: "c" }] }, incidents: {}, maintenances: {} }),
    ).toThrow(/summary\.json: components\.0\.name/);
  });
});
