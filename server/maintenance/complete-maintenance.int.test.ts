import { describe, expect, it } from "vitest";
import { auditOf, makeComponent, parsed, readRevision } from "@/test/fixtures/component";
import { ConflictError, ForbiddenError, UnauthorizedError, ValidationError } from "@/server/errors";
import { anonymousCtx, ctxAs } from "@/test/actors";
import { testDb } from "@/test/db";
import { completeMaintenance } from "./complete-maintenance";
import { startMaintenance } from "./start-maintenance";
import { makeMaintenance, notificationsOf, updatesOf } from "@/test/fixtures/maintenance";
import { verifyMaintenance } from "./verify-maintenance";

const statusOf = async (id: string) => (await testDb().component.findUniqueOrThrow({ where: { id } })).status;

describe("verifyMaintenance and completeMaintenance", () => {
  it("runs scheduled → in_progress → verifying → completed, components following", async () => {
    const db = testDb();
    const ctx = await ctxAs(db, "editor");
    const component = await makeComponent(db);
    const m = await makeMaintenance(db, { componentIds: [component.id] });
    await startMaintenance({ ctx, input: { maintenanceId: m.id } });

    const verifying = await verifyMaintenance({ ctx, input: { maintenanceId: m.id } });
    expect(verifying.status).toBe("verifying");
    expect(await statusOf(component.id)).toBe("under_maintenance");

    const revision = await readRevision(db);
    const now = new Date();
    const done = await completeMaintenance({ ctx, input: { maintenanceId: m.id, message: "All done." }, now });
    expect(done).toMatchObject({ status: "completed", completedAt: now });
    expect(await statusOf(component.id)).toBe("operational");
    expect(await readRevision(db)).toBeGreaterThan(revision);
    expect((await updatesOf(db, m.id)).map((u) => u.status)).toEqual(["in_progress", "verifying", "completed"]);
    expect((await updatesOf(db, m.id)).at(-1)!.body).toBe("All done.");
    expect(await notificationsOf(db, m.id)).toEqual([{ kind: "maintenance_started" }, { kind: "maintenance_completed" }]);
    const audits = await auditOf(db, m.id);
    expect(audits.map((a) => a.action)).toEqual(["maintenance.start", "maintenance.verify", "maintenance.complete"]);
    expect(parsed(audits[2]!.before)).toMatchObject({ status: "verifying" });
    expect(parsed(audits[2]!.after)).toMatchObject({ status: "completed" });
  });

  it("completes straight from in_progress; an open window still wins over operational", async () => {
    const db = testDb();
    const component = await makeComponent(db, { status: "under_maintenance" });
    await db.degradationWindow.create({ data: { componentId: component.id, severity: "partial", startedAt: new Date() } });
    const m = await makeMaintenance(db, { componentIds: [component.id], status: "in_progress", notifyOnEnd: false });
    await completeMaintenance({ ctx: await ctxAs(db, "admin"), input: { maintenanceId: m.id } });
    expect(await statusOf(component.id)).toBe("partial_outage");
    expect(await notificationsOf(db, m.id)).toEqual([]);
  });

  it("refuses to complete what has not started, or verify twice, storing nothing", async () => {
    const db = testDb();
    const ctx = await ctxAs(db, "admin");
    const scheduled = await makeMaintenance(db);
    const error = await completeMaintenance({ ctx, input: { maintenanceId: scheduled.id } }).catch((e) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.message).toBe("This maintenance is scheduled; it cannot be completed.");
    const verifying = await makeMaintenance(db, { status: "verifying" });
    await expect(verifyMaintenance({ ctx, input: { maintenanceId: verifying.id } })).rejects.toBeInstanceOf(ConflictError);
    expect(await updatesOf(db, scheduled.id)).toEqual([]);
    expect(await auditOf(db, verifying.id)).toEqual([]);
  });

  it("names bad fields", async () => {
    const db = testDb();
    const ctx = await ctxAs(db, "admin");
    const error = await completeMaintenance({ ctx, input: { maintenanceId: "" } }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.fieldErrors).toEqual({ maintenanceId: ["Maintenance is required"] });
  });

  it("refuses viewers and anonymous callers before touching anything", async () => {
    const db = testDb();
    const m = await makeMaintenance(db, { status: "in_progress" });
    for (const verb of [verifyMaintenance, completeMaintenance]) {
      await expect(verb({ ctx: await ctxAs(db, "viewer"), input: { maintenanceId: m.id } })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(verb({ ctx: anonymousCtx(db), input: { maintenanceId: m.id } })).rejects.toBeInstanceOf(UnauthorizedError);
    }
    expect((await db.maintenance.findUniqueOrThrow({ where: { id: m.id } })).status).toBe("in_progress");
  });
});
