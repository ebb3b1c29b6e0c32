import { describe, expect, it } from "vitest";
import { auditOf, makeComponent, parsed, readRevision } from "@/test/fixtures/component";
import { ConflictError, ForbiddenError, UnauthorizedError, ValidationError } from "@/server/errors";
import { anonymousCtx, ctxAs } from "@/test/actors";
import { testDb } from "@/test/db";
import { makeMaintenance, notificationsOf } from "@/test/fixtures/maintenance";
import { updateMaintenance } from "./update-maintenance";

const HOUR = 3_600_000;
const later = (hours: number) => new Date(Date.now() + hours * HOUR);

describe("updateMaintenance", () => {
  it("edits title, times, flags and components without notifying, audited and public", async () => {
    const db = testDb();
    const ctx = await ctxAs(db, "editor");
    const [a, b] = [await makeComponent(db), await makeComponent(db)];
    const m = await makeMaintenance(db, { componentIds: [a.id] });
    const revision = await readRevision(db);
    const start = later(48);
    const end = later(50);
    const updated = await updateMaintenance({
      ctx,
      input: {
        maintenanceId: m.id,
        title: "Moved",
        scheduledStart: start.toISOString(),
        scheduledEnd: end,
        componentIds: [b.id],
        notifyOnEnd: false,
      },
    });
    expect(updated).toMatchObject({
      title: "Moved",
      body: m.body,
      scheduledStart: start,
      scheduledEnd: end,
      notifyOnEnd: false,
      componentIds: [b.id],
    });
    expect(await notificationsOf(db, m.id)).toEqual([]);
    expect(await readRevision(db)).toBeGreaterThan(revision);
    const [audit] = await auditOf(db, m.id);
    expect(audit!.action).toBe("maintenance.update");
    expect(parsed(audit!.before)).toMatchObject({ title: m.title, componentIds: [a.id] });
    expect(parsed(audit!.after)).toMatchObject({ title: "Moved", componentIds: [b.id] });
  });

  it("changes component statuses at once while the maintenance runs", async () => {
    const db = testDb();
    const ctx = await ctxAs(db, "admin");
    const [a, b] = [await makeComponent(db, { status: "under_maintenance" }), await makeComponent(db)];
    const m = await makeMaintenance(db, { componentIds: [a.id], status: "in_progress" });
    await updateMaintenance({ ctx, input: { maintenanceId: m.id, componentIds: [b.id] } });
    const statuses = await db.component.findMany({ where: { id: { in: [a.id, b.id] } }, select: { id: true, status: true } });
    expect(Object.fromEntries(statuses.map((s) => [s.id, s.status]))).toEqual({ [a.id]: "operational", [b.id]: "under_maintenance" });
  });

  it("checks the merged window, names bad fields and stores nothing", async () => {
    const db = testDb();
    const ctx = await ctxAs(db, "admin");
    const m = await makeMaintenance(db);
    const backwards = await updateMaintenance({
      ctx,
      input: { maintenanceId: m.id, title: "Nope", scheduledEnd: new Date(m.scheduledStart.getTime() - 1) },
    }).catch((e) => e);
    expect(backwards).toBeInstanceOf(ValidationError);
    expect(backwards.fieldErrors).toEqual({ scheduledEnd: ["End must be after the start"] });
    const bad = await updateMaintenance({ ctx, input: { maintenanceId: m.id, title: "", componentIds: [] } }).catch((e) => e);
    expect(Object.keys(bad.fieldErrors).sort()).toEqual(["componentIds", "title"]);
    const unknown = await updateMaintenance({ ctx, input: { maintenanceId: m.id, title: "Nope", componentIds: ["missing"] } }).catch(
      (e) => e,
    );
    expect(unknown.fieldErrors).toEqual({ componentIds: ["One of the chosen components does not exist (any more)"] });
    expect(await db.maintenance.findUniqueOrThrow({ where: { id: m.id } })).toMatchObject({ title: m.title, scheduledEnd: m.scheduledEnd });
    expect(await db.maintenanceComponent.count({ where: { maintenanceId: m.id } })).toBe(1);
    expect(await auditOf(db, m.id)).toEqual([]);
  });

  it("refuses to edit a completed maintenance", async () => {
    const db = testDb();
    const m = await makeMaintenance(db, { status: "completed" });
    await expect(
      updateMaintenance({ ctx: await ctxAs(db, "admin"), input: { maintenanceId: m.id, title: "Late" } }),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  it("refuses viewers and anonymous callers before touching anything", async () => {
    const db = testDb();
    const m = await makeMaintenance(db);
    const input = { maintenanceId: m.id, title: "Hijacked" };
    await expect(updateMaintenance({ ctx: await ctxAs(db, "viewer"), input })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateMaintenance({ ctx: anonymousCtx(db), input })).rejects.toBeInstanceOf(UnauthorizedError);
    expect((await db.maintenance.findUniqueOrThrow({ where: { id: m.id } })).title).toBe(m.title);
  });
});
