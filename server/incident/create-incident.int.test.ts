import { describe, expect, it } from "vitest";
import { ForbiddenError, UnauthorizedError, ValidationError } from "@/server/errors";
import { anonymousCtx, ctxAs } from "@/test/actors";
import { testDb } from "@/test/db";
import { createIncident } from "./create-incident";
import { makeComponents, publicRevision, uniqueLabel } from "@/test/fixtures/incident";

const db = testDb();

describe("createIncident", () => {
  it("publishes: first update, a window per degraded component, statuses, changes, announcement, audit, revision", async () => {
    const ctx = await ctxAs(db, "editor");
    const [api, db1, docs] = await makeComponents(db, 3);
    const revision = await publicRevision(db);
    const title = uniqueLabel("API errors!");
    const incident = await createIncident({
      ctx,
      input: {
        title,
        impact: "major",
        components: [
          { componentId: api!.id, status: "major_outage" },
          { componentId: db1!.id, status: "degraded_performance" },
          { componentId: docs!.id, status: "operational" },
        ],
        status: "identified",
        body: "We found **it**.",
        publish: true,
      },
    });
    expect(incident).toMatchObject({ title, impact: "major", status: "identified" });
    expect(incident.slug).toMatch(/^api-errors-[a-z0-9-]+-[a-z0-9]{4}$/);
    expect(incident.publishedAt).toBeInstanceOf(Date);

    const updates = await db.incidentUpdate.findMany({ where: { incidentId: incident.id }, include: { components: true } });
    expect(updates).toHaveLength(1);
    expect(updates[0]).toMatchObject({
      status: "identified",
      body: "We found **it**.",
      notify: true,
      authorId: ctx.actor.type === "user" ? ctx.actor.id : "",
    });
    expect(updates[0]!.components.map((c) => [c.componentId, c.oldStatus, c.newStatus]).sort()).toEqual(
      [
        [api!.id, "operational", "major_outage"],
        [db1!.id, "operational", "degraded_performance"],
      ].sort(),
    );

    const windows = await db.degradationWindow.findMany({ where: { incidentId: incident.id } });
    expect(windows.map((w) => [w.componentId, w.severity, w.endedAt]).sort()).toEqual(
      [
        [api!.id, "major", null],
        [db1!.id, "degraded", null],
      ].sort(),
    );
    expect(windows.every((w) => w.startedAt.getTime() === incident.startedAt.getTime())).toBe(true);
    const statuses = await db.component.findMany({ where: { id: { in: [api!.id, db1!.id, docs!.id] } } });
    expect(Object.fromEntries(statuses.map((c) => [c.id, c.status]))).toEqual({
      [api!.id]: "major_outage",
      [db1!.id]: "degraded_performance",
      [docs!.id]: "operational",
    });
    expect(await db.incidentComponent.count({ where: { incidentId: incident.id } })).toBe(3);
    expect(await db.notification.findMany({ where: { incidentId: incident.id } })).toEqual([
      expect.objectContaining({ kind: "incident_published", updateId: updates[0]!.id }),
    ]);
    const audit = await db.auditLog.findMany({ where: { entityId: incident.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "incident.create", entityType: "incident", before: null });
    expect(JSON.parse(audit[0]!.after!)).toMatchObject({ title, status: "identified", update: { body: "We found **it**." } });
    expect(await publicRevision(db)).toBeGreaterThan(revision);
  });

  it("announces nothing when notify is off", async () => {
    const ctx = await ctxAs(db, "admin");
    const [c] = await makeComponents(db, 1);
    const incident = await createIncident({
      ctx,
      input: {
        title: uniqueLabel("quiet"),
        components: [{ componentId: c!.id, status: "partial_outage" }],
        body: "x",
        publish: true,
        notify: false,
      },
    });
    expect(await db.notification.count({ where: { incidentId: incident.id } })).toBe(0);
    expect((await db.component.findUniqueOrThrow({ where: { id: c!.id } })).status).toBe("partial_outage");
  });

  it("keeps a draft private: windows stored but not counted, no announcement", async () => {
    const ctx = await ctxAs(db, "editor");
    const [c] = await makeComponents(db, 1);
    const incident = await createIncident({
      ctx,
      input: { title: uniqueLabel("draft"), components: [{ componentId: c!.id, status: "major_outage" }], body: "Draft", publish: false },
    });
    expect(incident.publishedAt).toBeNull();
    expect(await db.degradationWindow.count({ where: { incidentId: incident.id, endedAt: null } })).toBe(1);
    expect((await db.component.findUniqueOrThrow({ where: { id: c!.id } })).status).toBe("operational");
    expect(await db.notification.count({ where: { incidentId: incident.id } })).toBe(0);
    expect(await db.incidentUpdate.findFirst({ where: { incidentId: incident.id } })).toMatchObject({ body: "Draft", notify: true });
  });

  it("uses explicit windows instead of one per component", async () => {
    const ctx = await ctxAs(db, "editor");
    const [c] = await makeComponents(db, 1);
    const started = new Date(Date.now() - 3_600_000);
    const ended = new Date(Date.now() - 1_800_000);
    const incident = await createIncident({
      ctx,
      input: {
        title: uniqueLabel("explicit"),
        components: [{ componentId: c!.id, status: "major_outage" }],
        windows: [{ componentId: c!.id, severity: "partial", startedAt: started.toISOString(), endedAt: ended.toISOString() }],
        body: "x",
        publish: true,
        notify: false,
      },
    });
    expect(await db.degradationWindow.findMany({ where: { incidentId: incident.id } })).toEqual([
      expect.objectContaining({ severity: "partial", startedAt: started, endedAt: ended }),
    ]);
    // The only window is closed: the component stays operational.
    expect((await db.component.findUniqueOrThrow({ where: { id: c!.id } })).status).toBe("operational");
  });

  it("names each bad field and stores nothing", async () => {
    const ctx = await ctxAs(db, "editor");
    const [c] = await makeComponents(db, 1);
    const title = uniqueLabel("bad");
    const error = await createIncident({
      ctx,
      input: {
        title,
        impact: "huge" as never,
        components: [{ componentId: c!.id, status: "broken" as never }],
        body: "  ",
        startedAt: "yesterday-ish",
      },
    }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(Object.keys(error.fieldErrors).sort()).toEqual(["body", "components.0.status", "impact", "startedAt"]);

    const twice = [
      { componentId: c!.id, status: "operational" as const },
      { componentId: c!.id, status: "major_outage" as const },
    ];
    const duplicate = await createIncident({ ctx, input: { title, body: "x", components: twice } }).catch((e) => e);
    expect(duplicate.fieldErrors).toEqual({ "components.1.componentId": ["This component is listed twice"] });

    const missing = await createIncident({
      ctx,
      input: { title, components: [{ componentId: "no-such-component", status: "major_outage" }], body: "x", publish: true },
    }).catch((e) => e);
    expect(missing.fieldErrors).toEqual({ "components.0.componentId": ["This component does not exist"] });

    const overlap = await createIncident({
      ctx,
      input: {
        title,
        body: "x",
        windows: [
          { componentId: c!.id, severity: "major", startedAt: new Date(Date.now() - 7_200_000) },
          { componentId: c!.id, severity: "major", startedAt: new Date(Date.now() - 3_600_000), endedAt: new Date(Date.now() - 7_300_000) },
        ],
      },
    }).catch((e) => e);
    expect(Object.keys(overlap.fieldErrors)).toEqual(["windows.1.endedAt"]);
    expect(await db.incident.findFirst({ where: { title } })).toBeNull();
    expect(await db.degradationWindow.count({ where: { componentId: c!.id } })).toBe(0);
  });

  it("refuses viewers and anonymous callers before reading input or storing anything", async () => {
    const title = uniqueLabel("forbidden");
    const viewer = await ctxAs(db, "viewer");
    await expect(createIncident({ ctx: viewer, input: { title, body: "x", publish: true } })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createIncident({ ctx: viewer, input: { title: "" } })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createIncident({ ctx: { db, actor: { type: "anonymous" } }, input: { title } })).rejects.toBeInstanceOf(UnauthorizedError);
    await expect(createIncident({ ctx: anonymousCtx(db), input: { title: "" } })).rejects.toBeInstanceOf(UnauthorizedError);
    expect(await db.incident.findFirst({ where: { title } })).toBeNull();
    expect(await db.auditLog.count({ where: { actorId: viewer.actor.type === "user" ? viewer.actor.id : "" } })).toBe(0);
  });
});
