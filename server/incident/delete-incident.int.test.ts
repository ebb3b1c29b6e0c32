import { describe, expect, it } from "vitest";
import { ConflictError, ForbiddenError, UnauthorizedError, ValidationError } from "@/server/errors";
import { anonymousCtx, ctxAs } from "@/test/actors";
import { testDb } from "@/test/db";
import { deleteIncident } from "./delete-incident";
import { makeComponents, makeDraft, makePublished } from "@/test/fixtures/incident";

const db = testDb();

describe("deleteIncident", () => {
  it("deletes a draft with its update and windows, audited", async () => {
    const ctx = await ctxAs(db, "editor");
    const [c] = await makeComponents(db, 1);
    const draft = await makeDraft(db, [{ componentId: c!.id, status: "major_outage" }]);
    await deleteIncident({ ctx, input: { incidentId: draft.id } });
    expect(await db.incident.findUnique({ where: { id: draft.id } })).toBeNull();
    expect(await db.incidentUpdate.count({ where: { incidentId: draft.id } })).toBe(0);
    expect(await db.degradationWindow.count({ where: { componentId: c!.id } })).toBe(0);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: draft.id, action: "incident.delete" } });
    expect(JSON.parse(audit.before!)).toMatchObject({ id: draft.id, title: draft.title, windows: 1 });
    expect(audit.after).toBeNull();
  });

  it("refuses to delete a published incident with a clear message", async () => {
    const ctx = await ctxAs(db, "admin");
    const incident = await makePublished(db);
    const error = await deleteIncident({ ctx, input: { incidentId: incident.id } }).catch((e) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.message).toBe("Published incidents cannot be deleted: customers may have seen them. Resolve it instead.");
    expect(await db.incident.findUnique({ where: { id: incident.id } })).not.toBeNull();
  });

  it("refuses bad input and callers without the role", async () => {
    const draft = await makeDraft(db);
    const bad = await deleteIncident({ ctx: await ctxAs(db, "editor"), input: {} as never }).catch((e) => e);
    expect(bad).toBeInstanceOf(ValidationError);
    expect(bad.fieldErrors).toEqual({ incidentId: ["Incident is required"] });
    await expect(deleteIncident({ ctx: await ctxAs(db, "viewer"), input: { incidentId: draft.id } })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(deleteIncident({ ctx: anonymousCtx(db), input: { incidentId: draft.id } })).rejects.toBeInstanceOf(UnauthorizedError);
    expect(await db.incident.findUnique({ where: { id: draft.id } })).not.toBeNull();
  });
});
