import { describe, expect, it } from "vitest";
import { systemActor } from "@/server/context";
import { ForbiddenError } from "@/server/errors";
import { ctxAs } from "@/test/actors";
import { testDb } from "@/test/db";
import { runDueMaintenance } from "./run-due";
import { makeMaintenance, updatesOf } from "@/test/fixtures/maintenance";

// A clock far in the past: only this file's maintenance is due then, not other tests' rows.
const now = new Date("2001-06-01T12:00:00Z");
const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

describe("runDueMaintenance", () => {
  it("starts and completes what is due, as the system, and leaves the rest", async () => {
    const db = testDb();
    const ctx = { db, actor: systemActor("worker") };
    const toStart = await makeMaintenance(db, { scheduledStart: at(-3), scheduledEnd: at(55) });
    const toComplete = await makeMaintenance(db, { status: "in_progress", scheduledStart: at(-65), scheduledEnd: at(-5) });
    const missed = await makeMaintenance(db, { scheduledStart: at(-120), scheduledEnd: at(-60) });
    const manual = await makeMaintenance(db, { scheduledStart: at(-5), scheduledEnd: at(55), autoStart: false });

    const applied = await runDueMaintenance({ ctx, now });
    const mine = applied.filter((d) => [toStart.id, toComplete.id, missed.id, manual.id].includes(d.maintenanceId));
    expect(mine.map((d) => [d.maintenanceId, d.transition])).toEqual([
      [missed.id, "start"],
      [missed.id, "complete"],
      [toComplete.id, "complete"],
      [toStart.id, "start"],
    ]);
    const statuses = await db.maintenance.findMany({
      where: { id: { in: [toStart.id, toComplete.id, missed.id, manual.id] } },
      select: { id: true, status: true },
    });
    expect(Object.fromEntries(statuses.map((s) => [s.id, s.status]))).toEqual({
      [toStart.id]: "in_progress",
      [toComplete.id]: "completed",
      [missed.id]: "completed",
      [manual.id]: "scheduled",
    });
    expect((await updatesOf(db, missed.id)).map((u) => u.status)).toEqual(["in_progress", "completed"]);
    const audit = await db.auditLog.findFirst({ where: { entityId: toStart.id } });
    expect(audit).toMatchObject({ actorType: "system", actorLabel: "system:worker", action: "maintenance.start" });

    // A second run finds nothing of ours left to do.
    const again = await runDueMaintenance({ ctx, now });
    expect(again.filter((d) => [toStart.id, missed.id, manual.id].includes(d.maintenanceId))).toEqual([]);
  });

  it("is refused to viewers", async () => {
    const db = testDb();
    await expect(runDueMaintenance({ ctx: await ctxAs(db, "viewer"), now })).rejects.toBeInstanceOf(ForbiddenError);
  });
});
