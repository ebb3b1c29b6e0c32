import { describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError, ValidationError } from "@/server/errors";
import { ctxAs } from "@/test/actors";
import { testDb } from "@/test/db";
import { editIncidentUpdate } from "./edit-incident-update";
import { makePublished, publicRevision } from "@/test/fixtures/incident";

const db = testDb();

describe("editIncidentUpdate", () => {
  it("fixes the text, audits before and after, never announces again", async () => {
    const ctx = await ctxAs(db, "editor");
    const incident = await makePublished(db);
    const update = await db.incidentUpdate.findFirstOrThrow({ where: { incidentId: incident.id } });
    const revision = await publicRevision(db);
    const edited = await editIncidentUpdate({ ctx, input: { updateId: update.id, body: "  We are investigating the issue.  " } });
    expect(edited).toMatchObject({
      body: "We are investigating the issue.",
      status: update.status,
      displayAt: update.displayAt,
      notify: update.notify,
    });
    expect(await db.notification.count({ where: { incidentId: incident.id } })).toBe(0);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: update.id, action: "incident_update.edit" } });
    expect(JSON.parse(audit.before!)).toEqual({ incidentId: incident.id, body: update.body });
    expect(JSON.parse(audit.after!)).toEqual({ incidentId: incident.id, body: "We are investigating the issue." });
    expect(await publicRevision(db)).toBeGreaterThan(revision);
  });

  it("refuses an empty body, an unknown update and viewers; the text stays", async () => {
    const ctx = await ctxAs(db, "editor");
    const incident = await makePublished(db);
    const update = await db.incidentUpdate.findFirstOrThrow({ where: { incidentId: incident.id } });
    const bad = await editIncidentUpdate({ ctx, input: { updateId: update.id, body: " " } }).catch((e) => e);
    expect(bad).toBeInstanceOf(ValidationError);
    expect(bad.fieldErrors).toEqual({ body: ["Write the text of the update"] });
    await expect(editIncidentUpdate({ ctx, input: { updateId: "missing", body: "x" } })).rejects.toBeInstanceOf(NotFoundError);
    await expect(editIncidentUpdate({ ctx: await ctxAs(db, "viewer"), input: { updateId: update.id, body: "x" } })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    expect((await db.incidentUpdate.findUniqueOrThrow({ where: { id: update.id } })).body).toBe(update.body);
  });
});
