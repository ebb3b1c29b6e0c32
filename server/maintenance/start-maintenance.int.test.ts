import { describe, expect, it } from "vitest";
import { auditOf, makeComponent, parsed, readRevision } from "@/test/fixtures/component";
import { ConflictError, ForbiddenError, UnauthorizedError, ValidationError } from "@/server/errors";
import { anonymousCtx, ctxAs } from "@/test/actors";
import { testDb } from "@/test/db";
import { startMaintenance } from "./start-maintenance";
import { makeMaintenance, notificationsOf, updatesOf } from "@/test/fixtures/maintenance";

const statusOf = async (id: string) => (await testDb().component.findUniqueOrThrow({ where: { id } })).status;

describe("startMaintenance", () => {
  it("starts by hand: components under maintenance (manual ones kept), update, announcement, audit", async () => {
    const db = testDb();
    const ctx = await ctxAs(db, "editor");
    const auto = await makeComponent(db);
    const manual = await makeComponent(db, { status: "partial_outage", statusSource: "manual" });
    const m = await makeMaintenance(db, { componentIds: [auto.id, manual.id] });
    const revision = await readRevision(db);
    const now = new Date();
    const started = await startMaintenance({ ctx, input: { maintenanceId: m.id, message: "Starting the upgrade now." }, now });
    expect(started).toMatchObject({ status: "in_progress", startedAt: now });
    expect(await statusOf(auto.id)).toBe("under_maintenance");
    expect(await statusOf(manual.id)).toBe("partial_outage");
    expect(await updatesOf(db, m.id)).toEqual([{ status: "in_progress", body: "Starting the upgrade now." }]);
    expect(await notificationsOf(db, m.id)).toEqual([{ kind: "maintenance_started" }]);
    expect(await readRevision(db)).toBeGreaterThan(revision);
    const [audit] = await auditOf(db, m.id);
    expect(audit!.action).toBe("maintenance.start");
    expect(parsed(audit!.before)).toMatchObject({ status: "scheduled", startedAt: null });
    expect(parsed(audit!.after)).toMatchObject({ status: "in_progress", startedAt: now.toISOString() });
  });

  it("does not announce when notifyOnStart is off, and uses the default message", async () => {
    const db = testDb();
    const m = await makeMaintenance(db, { notifyOnStart: false });
    await startMaintenance({ ctx: await ctxAs(db, "admin"), input: { maintenanceId: m.id } });
    expect(await notificationsOf(db, m.id)).toEqual([]);
    expect(await updatesOf(db, m.id)).toEqual([{ status: "in_progress", body: "The maintenance has started." }]);
  });

  it("refuses to start twice or after a cancel, storing nothing", async () => {
    const db = testDb();
    const ctx = await ctxAs(db, "admin");
    const running = await makeMaintenance(db, { status: "in_progress" });
    const error = await startMaintenance({ ctx, input: { maintenanceId: running.id } }).catch((e) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.message).toBe("This maintenance is in progress; it cannot be started.");
    const cancelled = await makeMaintenance(db);
    await db.maintenance.update({ where: { id: cancelled.id }, data: { cancelledAt: new Date() } });
    await expect(startMaintenance({ ctx, input: { maintenanceId: cancelled.id } })).rejects.toThrow(/was cancelled/);
    expect(await updatesOf(db, running.id)).toEqual([]);
    expect(await auditOf(db, cancelled.id)).toEqual([]);
  });

  it("names bad fields", async () => {
    const db = testDb();
    const ctx = await ctxAs(db, "admin");
    const m = await makeMaintenance(db);
    const error = await startMaintenance({ ctx, input: { maintenanceId: m.id, message: "x".repeat(5001) } }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(Object.keys(error.fieldErrors)).toEqual(["message"]);
    expect((await db.maintenance.findUniqueOrThrow({ where: { id: m.id } })).status).toBe("scheduled");
  });

  it("refuses viewers and anonymous callers before touching anything", async () => {
    const db = testDb();
    const m = await makeMaintenance(db);
    await expect(startMaintenance({ ctx: await ctxAs(db, "viewer"), input: { maintenanceId: m.id } })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(startMaintenance({ ctx: anonymousCtx(db), input: { maintenanceId: m.id } })).rejects.toBeInstanceOf(UnauthorizedError);
    expect((await db.maintenance.findUniqueOrThrow({ where: { id: m.id } })).status).toBe("scheduled");
  });
});
