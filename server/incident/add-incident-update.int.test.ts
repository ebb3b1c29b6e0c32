import { describe, expect, it } from "vitest";
import { ConflictError, ForbiddenError, UnauthorizedError, ValidationError } from "@/server/errors";
import { anonymousCtx, ctxAs } from "@/test/actors";
import { testDb } from "@/test/db";
import { addIncidentUpdate } from "./add-incident-update";
import { makeComponents, makeDraft, makePublished, publicRevision } from "@/test/fixtures/incident";

const db = testDb();
const statusOf = async (id: string) => (await db.component.findUniqueOrThrow({ where: { id } })).status;

describe("addIncidentUpdate", () => {
  it("posts an update: incident status follows, severity change splits the window, changes recorded, announced", async () => {
    const ctx = await ctxAs(db, "editor");
    const [api, web] = await makeComponents(db, 2);
    const incident = await makePublished(db, [{ componentId: api!.id, status: "degraded_performance" }]);
    const revision = await publicRevision(db);
    const update = await addIncidentUpdate({
      ctx,
      input: {
        incidentId: incident.id,
        status: "identified",
        body: "Cause found.",
        components: [
          { componentId: api!.id, status: "major_outage" },
          { componentId: web!.id, status: "partial_outage" },
        ],
      },
    });
    expect(await db.incident.findUniqueOrThrow({ where: { id: incident.id } })).toMatchObject({ status: "identified", resolvedAt: null });
    const windows = await db.degradationWindow.findMany({
      where: { incidentId: incident.id },
      orderBy: [{ componentId: "asc" }, { startedAt: "asc" }],
    });
    const apiWindows = windows.filter((w) => w.componentId === api!.id);
    expect(apiWindows.map((w) => [w.severity, w.endedAt?.getTime() ?? null])).toEqual([
      ["degraded", update.displayAt.getTime()],
      ["major", null],
    ]);
    expect(windows.filter((w) => w.componentId === web!.id).map((w) => [w.severity, w.endedAt])).toEqual([["partial", null]]);
    expect(await statusOf(api!.id)).toBe("major_outage");
    expect(await statusOf(web!.id)).toBe("partial_outage");
    expect((await db.incidentComponent.findMany({ where: { incidentId: incident.id } })).map((c) => c.componentId).sort()).toEqual(
      [api!.id, web!.id].sort(),
    );
    const changes = await db.incidentUpdateComponent.findMany({ where: { updateId: update.id } });
    expect(changes.map((c) => [c.componentId, c.oldStatus, c.newStatus]).sort()).toEqual(
      [
        [api!.id, "degraded_performance", "major_outage"],
        [web!.id, "operational", "partial_outage"],
      ].sort(),
    );
    expect(await db.notification.findMany({ where: { incidentId: incident.id } })).toEqual([
      expect.objectContaining({ kind: "incident_updated", updateId: update.id }),
    ]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: incident.id, action: "incident_update.create" } });
    expect(JSON.parse(audit.before!).status).toBe("investigating");
    expect(JSON.parse(audit.after!)).toMatchObject({ status: "identified", update: { id: update.id, body: "Cause found." } });
    expect(await publicRevision(db)).toBeGreaterThan(revision);
  });

  it("derives the status from the latest update: a backdated one does not change it", async () => {
    const ctx = await ctxAs(db, "editor");
    const incident = await makePublished(db);
    await addIncidentUpdate({ ctx, input: { incidentId: incident.id, status: "monitoring", body: "Watching", notify: false } });
    const backdated = new Date(incident.startedAt.getTime() + 1);
    await addIncidentUpdate({
      ctx,
      input: { incidentId: incident.id, status: "identified", body: "Late note", notify: false, displayAt: backdated },
    });
    expect(await db.incident.findUniqueOrThrow({ where: { id: incident.id } })).toMatchObject({ status: "monitoring" });
    expect(await db.notification.count({ where: { incidentId: incident.id } })).toBe(0);
  });

  it("resolves through a resolved update: windows closed, components operational, incident_resolved", async () => {
    const ctx = await ctxAs(db, "editor");
    const [c] = await makeComponents(db, 1);
    const incident = await makePublished(db, [{ componentId: c!.id, status: "major_outage" }]);
    const update = await addIncidentUpdate({ ctx, input: { incidentId: incident.id, status: "resolved", body: "All good." } });
    expect(await db.incident.findUniqueOrThrow({ where: { id: incident.id } })).toMatchObject({
      status: "resolved",
      resolvedAt: update.displayAt,
    });
    expect(await db.degradationWindow.findMany({ where: { incidentId: incident.id } })).toEqual([
      expect.objectContaining({ endedAt: update.displayAt }),
    ]);
    expect(await statusOf(c!.id)).toBe("operational");
    expect(await db.notification.findMany({ where: { incidentId: incident.id } })).toEqual([
      expect.objectContaining({ kind: "incident_resolved" }),
    ]);
    await new Promise((resolve) => setTimeout(resolve, 5));

    // A further "resolved" update is an addendum: resolution time stays, subscribers get an update.
    const addendum = await addIncidentUpdate({ ctx, input: { incidentId: incident.id, status: "resolved", body: "Root cause: a leak." } });
    expect(addendum.displayAt.getTime()).toBeGreaterThanOrEqual(update.displayAt.getTime());
    expect(await db.incident.findUniqueOrThrow({ where: { id: incident.id } })).toMatchObject({
      status: "resolved",
      resolvedAt: update.displayAt,
    });
    expect(await db.notification.findFirst({ where: { updateId: addendum.id } })).toMatchObject({ kind: "incident_updated" });

    // A later update reopens it.
    await addIncidentUpdate({
      ctx,
      input: {
        incidentId: incident.id,
        status: "investigating",
        body: "It's back.",
        notify: false,
        components: [{ componentId: c!.id, status: "partial_outage" }],
      },
    });
    expect(await db.incident.findUniqueOrThrow({ where: { id: incident.id } })).toMatchObject({
      status: "investigating",
      resolvedAt: null,
    });
    expect(await statusOf(c!.id)).toBe("partial_outage");
  });

  it("names bad fields and stores nothing", async () => {
    const ctx = await ctxAs(db, "editor");
    const [c] = await makeComponents(db, 1);
    const incident = await makePublished(db);
    const bad = await addIncidentUpdate({
      ctx,
      input: {
        incidentId: incident.id,
        status: "fixed" as never,
        body: "",
        components: [{ componentId: c!.id, status: "under_maintenance" as never }],
      },
    }).catch((e) => e);
    expect(bad).toBeInstanceOf(ValidationError);
    expect(Object.keys(bad.fieldErrors).sort()).toEqual(["body", "components.0.status", "status"]);
    const future = await addIncidentUpdate({
      ctx,
      input: { incidentId: incident.id, status: "identified", body: "x", displayAt: new Date(Date.now() + 600_000) },
    }).catch((e) => e);
    expect(future.fieldErrors).toEqual({ displayAt: ["Cannot be in the future"] });
    const missing = await addIncidentUpdate({
      ctx,
      input: { incidentId: incident.id, status: "identified", body: "x", components: [{ componentId: "gone", status: "major_outage" }] },
    }).catch((e) => e);
    expect(missing.fieldErrors).toEqual({ "components.0.componentId": ["This component does not exist"] });
    const held = await addIncidentUpdate({
      ctx,
      input: { incidentId: incident.id, status: "resolved", body: "x", components: [{ componentId: c!.id, status: "major_outage" }] },
    }).catch((e) => e);
    expect(Object.keys(held.fieldErrors)).toEqual(["components.0.status"]);
    expect(await db.incidentUpdate.count({ where: { incidentId: incident.id } })).toBe(1);
    expect(await db.degradationWindow.count({ where: { componentId: c!.id } })).toBe(0);
    expect(await db.notification.count({ where: { incidentId: incident.id } })).toBe(0);
  });

  it("refuses drafts, viewers and anonymous callers", async () => {
    const draft = await makeDraft(db);
    await expect(
      addIncidentUpdate({ ctx: await ctxAs(db, "editor"), input: { incidentId: draft.id, status: "identified", body: "x" } }),
    ).rejects.toBeInstanceOf(ConflictError);
    const incident = await makePublished(db);
    await expect(
      addIncidentUpdate({ ctx: await ctxAs(db, "viewer"), input: { incidentId: incident.id, status: "identified", body: "x" } }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      addIncidentUpdate({ ctx: anonymousCtx(db), input: { incidentId: incident.id, status: "identified", body: "x" } }),
    ).rejects.toBeInstanceOf(UnauthorizedError);
    expect(await db.incidentUpdate.count({ where: { incidentId: { in: [draft.id, incident.id] } } })).toBe(2);
  });
});
