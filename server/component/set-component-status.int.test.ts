import { describe, expect, it } from "vitest";
import { ForbiddenError, UnauthorizedError, ValidationError } from "@/server/errors";
import { anonymousCtx, ctxAs } from "@/test/actors";
import { testDb } from "@/test/db";
import { setComponentStatus } from "./set-component-status";
import { auditOf, makeComponent, parsed, readRevision } from "@/test/fixtures/component";

describe("setComponentStatus", () => {
  it("lets an editor set a status by hand, which makes it manual, audited and public", async () => {
    const db = testDb();
    const ctx = await ctxAs(db, "editor");
    const component = await makeComponent(db);
    const revision = await readRevision(db);
    const result = await setComponentStatus({ ctx, input: { componentId: component.id, status: "partial_outage" } });
    expect(result).toEqual({ id: component.id, status: "partial_outage", statusSource: "manual" });
    expect(await readRevision(db)).toBeGreaterThan(revision);
    const [audit] = await auditOf(db, component.id);
    expect(audit!.action).toBe("component.set_status");
    expect(parsed(audit!.before)).toEqual({ id: component.id, status: "operational", statusSource: "auto" });
    expect(parsed(audit!.after)).toEqual({ id: component.id, status: "partial_outage", statusSource: "manual" });
  });

  it("hands a manual status back to open windows with null", async () => {
    const db = testDb();
    const ctx = await ctxAs(db, "admin");
    const component = await makeComponent(db, { status: "operational", statusSource: "manual" });
    await db.degradationWindow.create({
      data: { componentId: component.id, severity: "degraded", startedAt: new Date(Date.now() - 60_000) },
    });
    const result = await setComponentStatus({ ctx, input: { componentId: component.id, status: null } });
    expect(result).toEqual({ id: component.id, status: "degraded_performance", statusSource: "auto" });
  });

  it("names the field on an unknown status and stores nothing", async () => {
    const db = testDb();
    const ctx = await ctxAs(db, "admin");
    const component = await makeComponent(db);
    const error = await setComponentStatus({ ctx, input: { componentId: component.id, status: "on_fire" as never } }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(Object.keys(error.fieldErrors)).toEqual(["status"]);
    expect(await db.component.findUnique({ where: { id: component.id } })).toEqual(component);
    expect(await auditOf(db, component.id)).toEqual([]);
  });

  it("refuses viewers and anonymous callers", async () => {
    const db = testDb();
    const component = await makeComponent(db);
    const input = { componentId: component.id, status: "major_outage" as const };
    await expect(setComponentStatus({ ctx: await ctxAs(db, "viewer"), input })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(setComponentStatus({ ctx: anonymousCtx(db), input })).rejects.toBeInstanceOf(UnauthorizedError);
    expect(await db.component.findUnique({ where: { id: component.id } })).toEqual(component);
  });
});
