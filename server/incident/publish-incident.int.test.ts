import { describe, expect, it } from "vitest";
import { ConflictError, ForbiddenError, NotFoundError, UnauthorizedError, ValidationError } from "@/server/errors";
import { anonymousCtx, ctxAs } from "@/test/actors";
import { testDb } from "@/test/db";
import { makeComponents, makeDraft, publicRevision } from "@/test/fixtures/incident";
import { publishIncident } from "./publish-incident";

const db = testDb();

describe("publishIncident", () => {
  it("publishes a draft: update dated now, windows count, changes recorded, announced with the draft's notify choice", async () => {
    const ctx = await ctxAs(db, "editor");
    const [c] = await makeComponents(db, 1);
    const draft = await makeDraft(db, [{ componentId: c!.id, status: "partial_outage" }]);
    await db.incidentUpdate.updateMany({ where: { incidentId: draft.id }, data: { notify: true } });
    const revision = await publicRevision(db);
    const before = Date.now();
    const published = await publishIncident({ ctx, input: { incidentId: draft.id } });
    expect(published.publishedAt!.getTime()).toBeGreaterThanOrEqual(before);
    const update = await db.incidentUpdate.findFirstOrThrow({ where: { incidentId: draft.id }, include: { components: true } });
    expect(update.displayAt).toEqual(published.publishedAt);
    expect(update.components).toEqual([
      expect.objectContaining({ componentId: c!.id, oldStatus: "operational", newStatus: "partial_outage" }),
    ]);
    expect((await db.component.findUniqueOrThrow({ where: { id: c!.id } })).status).toBe("partial_outage");
    expect(await db.notification.findMany({ where: { incidentId: draft.id } })).toEqual([
      expect.objectContaining({ kind: "incident_published", updateId: update.id }),
    ]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: draft.id, action: "incident.publish" } });
    expect(JSON.parse(audit.before!).publishedAt).toBeNull();
    expect(JSON.parse(audit.after!).publishedAt).toBe(published.publishedAt!.toISOString());
    expect(await publicRevision(db)).toBeGreaterThan(revision);
  });

  it("lets the publisher turn notification off", async () => {
    const ctx = await ctxAs(db, "admin");
    const draft = await makeDraft(db);
    await publishIncident({ ctx, input: { incidentId: draft.id, notify: false } });
    expect(await db.notification.count({ where: { incidentId: draft.id } })).toBe(0);
    expect((await db.incidentUpdate.findFirstOrThrow({ where: { incidentId: draft.id } })).notify).toBe(false);
  });

  it("refuses to publish twice, unknown ids and bad input", async () => {
    const ctx = await ctxAs(db, "editor");
    const draft = await makeDraft(db);
    await publishIncident({ ctx, input: { incidentId: draft.id, notify: false } });
    await expect(publishIncident({ ctx, input: { incidentId: draft.id } })).rejects.toBeInstanceOf(ConflictError);
    await expect(publishIncident({ ctx, input: { incidentId: "missing" } })).rejects.toBeInstanceOf(NotFoundError);
    const bad = await publishIncident({ ctx, input: { incidentId: "", notify: "yes" as never } }).catch((e) => e);
    expect(bad).toBeInstanceOf(ValidationError);
    expect(Object.keys(bad.fieldErrors).sort()).toEqual(["incidentId", "notify"]);
    expect(await db.auditLog.count({ where: { entityId: draft.id, action: "incident.publish" } })).toBe(1);
  });

  it("refuses viewers and anonymous callers; the draft stays a draft", async () => {
    const draft = await makeDraft(db);
    await expect(publishIncident({ ctx: await ctxAs(db, "viewer"), input: { incidentId: draft.id } })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(publishIncident({ ctx: anonymousCtx(db), input: { incidentId: draft.id } })).rejects.toBeInstanceOf(UnauthorizedError);
    expect((await db.incident.findUniqueOrThrow({ where: { id: draft.id } })).publishedAt).toBeNull();
  });
});
