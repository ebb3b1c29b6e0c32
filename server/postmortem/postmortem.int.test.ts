import { describe, expect, it } from "vitest";
import { ConflictError, ForbiddenError, NotFoundError, UnauthorizedError, ValidationError } from "@/server/errors";
import { makeDraft, makePublished, publicRevision } from "@/test/fixtures/incident";
import { anonymousCtx, ctxAs } from "@/test/actors";
import { testDb } from "@/test/db";
import { publishPostmortem } from "./publish-postmortem";
import { savePostmortem } from "./save-postmortem";
import { unpublishPostmortem } from "./unpublish-postmortem";

const db = testDb();

describe("postmortem verbs", () => {
  it("saves a draft, edits it, publishes with notify, unpublishes; audited, revision bumped when public", async () => {
    const ctx = await ctxAs(db, "editor");
    const incident = await makePublished(db);
    const draft = await savePostmortem({ ctx, input: { incidentId: incident.id, body: "## Summary\nDraft" } });
    expect(draft).toMatchObject({ publishedAt: null, body: "## Summary\nDraft" });
    const edited = await savePostmortem({ ctx, input: { incidentId: incident.id, body: "## Summary\nFinal" } });
    expect(edited.id).toBe(draft.id);

    let revision = await publicRevision(db);
    const published = await publishPostmortem({ ctx, input: { incidentId: incident.id, notify: true } });
    expect(published).toMatchObject({ notify: true, body: "## Summary\nFinal" });
    expect(published.publishedAt).toBeInstanceOf(Date);
    expect(await db.notification.findMany({ where: { postmortemId: draft.id } })).toEqual([
      expect.objectContaining({ kind: "postmortem_published", incidentId: incident.id }),
    ]);
    expect(await publicRevision(db)).toBeGreaterThan(revision);
    await expect(publishPostmortem({ ctx, input: { incidentId: incident.id } })).rejects.toBeInstanceOf(ConflictError);

    revision = await publicRevision(db);
    await savePostmortem({ ctx, input: { incidentId: incident.id, body: "## Summary\nFinal, fixed" } });
    expect(await publicRevision(db)).toBeGreaterThan(revision);

    const unpublished = await unpublishPostmortem({ ctx, input: { incidentId: incident.id } });
    expect(unpublished.publishedAt).toBeNull();
    await expect(unpublishPostmortem({ ctx, input: { incidentId: incident.id } })).rejects.toBeInstanceOf(ConflictError);
    const audit = await db.auditLog.findMany({ where: { entityId: draft.id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
    expect(audit.map((a) => a.action)).toEqual([
      "postmortem.create",
      "postmortem.update",
      "postmortem.publish",
      "postmortem.update",
      "postmortem.unpublish",
    ]);
    expect(JSON.parse(audit[1]!.before!).body).toBe("## Summary\nDraft");
    expect(JSON.parse(audit[1]!.after!).body).toBe("## Summary\nFinal");
  });

  it("publishes without telling anyone by default", async () => {
    const ctx = await ctxAs(db, "admin");
    const incident = await makePublished(db);
    const postmortem = await savePostmortem({ ctx, input: { incidentId: incident.id, body: "Text" } });
    await publishPostmortem({ ctx, input: { incidentId: incident.id } });
    expect(await db.notification.count({ where: { postmortemId: postmortem.id } })).toBe(0);
  });

  it("refuses bad input, missing rows and a draft incident; stores nothing", async () => {
    const ctx = await ctxAs(db, "editor");
    const incident = await makePublished(db);
    const bad = await savePostmortem({ ctx, input: { incidentId: incident.id, body: "   " } }).catch((e) => e);
    expect(bad).toBeInstanceOf(ValidationError);
    expect(bad.fieldErrors).toEqual({ body: ["Write the postmortem"] });
    const badNotify = await publishPostmortem({ ctx, input: { incidentId: incident.id, notify: "y" as never } }).catch((e) => e);
    expect(Object.keys(badNotify.fieldErrors)).toEqual(["notify"]);
    await expect(savePostmortem({ ctx, input: { incidentId: "gone", body: "x" } })).rejects.toBeInstanceOf(NotFoundError);
    await expect(publishPostmortem({ ctx, input: { incidentId: incident.id } })).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.postmortem.findUnique({ where: { incidentId: incident.id } })).toBeNull();

    const draft = await makeDraft(db);
    await savePostmortem({ ctx, input: { incidentId: draft.id, body: "Early notes" } });
    await expect(publishPostmortem({ ctx, input: { incidentId: draft.id } })).rejects.toThrow("Publish the incident before its postmortem");
  });

  it("refuses viewers and anonymous callers", async () => {
    const incident = await makePublished(db);
    const viewer = await ctxAs(db, "viewer");
    await expect(savePostmortem({ ctx: viewer, input: { incidentId: incident.id, body: "x" } })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(publishPostmortem({ ctx: viewer, input: { incidentId: incident.id } })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(unpublishPostmortem({ ctx: anonymousCtx(db), input: { incidentId: incident.id } })).rejects.toBeInstanceOf(
      UnauthorizedError,
    );
    expect(await db.postmortem.findUnique({ where: { incidentId: incident.id } })).toBeNull();
  });
});
