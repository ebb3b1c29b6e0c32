import { describe, expect, it } from "vitest";
import { auditOf, makeComponent, parsed, readRevision } from "@/test/fixtures/component";
import { ConflictError, ForbiddenError, UnauthorizedError, ValidationError } from "@/server/errors";
import { anonymousCtx, ctxAs } from "@/test/actors";
import { testDb } from "@/test/db";
import { cancelMaintenance } from "./cancel-maintenance";
import { startMaintenance } from "./start-maintenance";
import { makeMaintenance, notificationsOf, updatesOf } from "@/test/fixtures/maintenance";

describe("cancelMaintenance", () => {
  it("cancels a scheduled maintenance with a note, audited and public", async () => {
    const db = testDb();
    const ctx = await ctxAs(db, "editor");
    const m = await makeMaintenance(db);
    const revision = await readRevision(db);
    const now = new Date();
    const cancelled = await cancelMaintenance({ ctx, input: { maintenanceId: m.id, message: "Postponed to next week." }, now });
    expect(cancelled).toMatchObject({ status: "scheduled", cancelledAt: now });
    expect(await updatesOf(db, m.id)).toEqual([{ status: "cancelled", body: "Postponed to next week." }]);
    expect(await notificationsOf(db, m.id)).toEqual([]);
    expect(await readRevision(db)).toBeGreaterThan(revision);
    const [audit] = await auditOf(db, m.id);
    expect(audit!.action).toBe("maintenance.cancel");
    expect(parsed(audit!.before)).toMatchObject({ cancelledAt: null });
    expect(parsed(audit!.after)).toMatchObject({ cancelledAt: now.toISOString() });
  });

  it("returns the components of a running maintenance to their automatic status", async () => {
    const db = testDb();
    const ctx = await ctxAs(db, "admin");
    const component = await makeComponent(db);
    const m = await makeMaintenance(db, { componentIds: [component.id] });
    await startMaintenance({ ctx, input: { maintenanceId: m.id } });
    expect((await db.component.findUniqueOrThrow({ where: { id: component.id } })).status).toBe("under_maintenance");
    await cancelMaintenance({ ctx, input: { maintenanceId: m.id } });
    expect((await db.component.findUniqueOrThrow({ where: { id: component.id } })).status).toBe("operational");
  });

  it("refuses completed or already cancelled maintenance, and bad input, storing nothing", async () => {
    const db = testDb();
    const ctx = await ctxAs(db, "admin");
    const done = await makeMaintenance(db, { status: "completed" });
    await expect(cancelMaintenance({ ctx, input: { maintenanceId: done.id } })).rejects.toBeInstanceOf(ConflictError);
    const m = await makeMaintenance(db);
    await cancelMaintenance({ ctx, input: { maintenanceId: m.id } });
    await expect(cancelMaintenance({ ctx, input: { maintenanceId: m.id } })).rejects.toThrow(/was cancelled/);
    const error = await cancelMaintenance({ ctx, input: { maintenanceId: "", message: "why" } }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(Object.keys(error.fieldErrors)).toEqual(["maintenanceId"]);
    expect(await updatesOf(db, done.id)).toEqual([]);
    expect((await auditOf(db, m.id)).length).toBe(1);
  });

  it("refuses viewers and anonymous callers before touching anything", async () => {
    const db = testDb();
    const m = await makeMaintenance(db);
    await expect(cancelMaintenance({ ctx: await ctxAs(db, "viewer"), input: { maintenanceId: m.id } })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(cancelMaintenance({ ctx: anonymousCtx(db), input: { maintenanceId: m.id } })).rejects.toBeInstanceOf(UnauthorizedError);
    expect((await db.maintenance.findUniqueOrThrow({ where: { id: m.id } })).cancelledAt).toBeNull();
  });
});
