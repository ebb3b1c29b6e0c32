import { describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import pg from "pg";
import { ConflictError, ForbiddenError, UnauthorizedError, ValidationError } from "@/server/errors";
import { anonymousCtx, ctxAs } from "@/test/actors";
import { testDb } from "@/test/db";
import { makeComponents, makeDraft, makePublished, publicRevision } from "@/test/fixtures/incident";
import { resolveIncident } from "./resolve-incident";
import { DEFAULT_RESOLVED_BODY } from "@/lib/domain/update-templates";

const db = testDb();
const component = (id: string) => db.component.findUniqueOrThrow({ where: { id } });

describe("resolveIncident", () => {
  it("closes open windows at the given time, returns components to operational, posts and announces the resolution", async () => {
    const ctx = await ctxAs(db, "editor");
    const [a, b] = await makeComponents(db, 2);
    const incident = await makePublished(db, [
      { componentId: a!.id, status: "major_outage" },
      { componentId: b!.id, status: "degraded_performance" },
    ]);
    const revision = await publicRevision(db);
    const resolvedAt = new Date(Date.now() + 1_000);
    const resolved = await resolveIncident({
      ctx,
      input: { incidentId: incident.id, resolvedAt: resolvedAt.toISOString(), body: "Fixed." },
    });
    expect(resolved).toMatchObject({ status: "resolved", resolvedAt });
    const windows = await db.degradationWindow.findMany({ where: { incidentId: incident.id } });
    expect(windows).toHaveLength(2);
    expect(windows.every((w) => w.endedAt?.getTime() === resolvedAt.getTime())).toBe(true);
    expect((await component(a!.id)).status).toBe("operational");
    expect((await component(b!.id)).status).toBe("operational");
    const update = await db.incidentUpdate.findFirstOrThrow({
      where: { incidentId: incident.id, status: "resolved" },
      include: { components: true },
    });
    expect(update).toMatchObject({ body: "Fixed.", displayAt: resolvedAt, notify: true });
    expect(update.components.map((c) => c.newStatus)).toEqual(["operational", "operational"]);
    expect(await db.notification.findMany({ where: { incidentId: incident.id } })).toEqual([
      expect.objectContaining({ kind: "incident_resolved", updateId: update.id }),
    ]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: incident.id, action: "incident.resolve" } });
    expect(JSON.parse(audit.before!)).toMatchObject({ status: "investigating", resolvedAt: null });
    expect(JSON.parse(audit.after!)).toMatchObject({
      status: "resolved",
      closedWindowIds: expect.arrayContaining(windows.map((w) => w.id)),
    });
    expect(await publicRevision(db)).toBeGreaterThan(revision);
  });

  it("keeps statuses by hand when asked, writes a default text, and stays quiet without notify", async () => {
    const ctx = await ctxAs(db, "admin");
    const [a] = await makeComponents(db, 1);
    const incident = await makePublished(db, [{ componentId: a!.id, status: "partial_outage" }]);
    await resolveIncident({ ctx, input: { incidentId: incident.id, keepStatuses: true, notify: false } });
    expect(await component(a!.id)).toMatchObject({ status: "partial_outage", statusSource: "manual" });
    expect(await db.degradationWindow.count({ where: { incidentId: incident.id, endedAt: null } })).toBe(0);
    expect((await db.incidentUpdate.findFirstOrThrow({ where: { incidentId: incident.id, status: "resolved" } })).body).toBe(
      DEFAULT_RESOLVED_BODY,
    );
    expect(await db.notification.count({ where: { incidentId: incident.id } })).toBe(0);
  });

  it("leaves a component degraded while another incident's window is open", async () => {
    const ctx = await ctxAs(db, "editor");
    const [a] = await makeComponents(db, 1);
    const first = await makePublished(db, [{ componentId: a!.id, status: "major_outage" }]);
    await makePublished(db, [{ componentId: a!.id, status: "degraded_performance" }]);
    await resolveIncident({ ctx, input: { incidentId: first.id, notify: false } });
    expect((await component(a!.id)).status).toBe("degraded_performance");
  });

  it("refuses drafts, resolved incidents and bad times; nothing changes", async () => {
    const ctx = await ctxAs(db, "editor");
    const [a] = await makeComponents(db, 1);
    await expect(resolveIncident({ ctx, input: { incidentId: (await makeDraft(db)).id } })).rejects.toBeInstanceOf(ConflictError);
    const incident = await makePublished(db, [{ componentId: a!.id, status: "major_outage" }]);
    const early = await resolveIncident({
      ctx,
      input: { incidentId: incident.id, resolvedAt: new Date(incident.startedAt.getTime() - 60_000) },
    }).catch((e) => e);
    expect(early).toBeInstanceOf(ValidationError);
    expect(Object.keys(early.fieldErrors)).toEqual(["resolvedAt"]);
    const bad = await resolveIncident({
      ctx,
      input: { incidentId: incident.id, resolvedAt: "soon", body: "", notify: "no" as never },
    }).catch((e) => e);
    expect(Object.keys(bad.fieldErrors).sort()).toEqual(["body", "notify", "resolvedAt"]);
    expect(await db.incident.findUniqueOrThrow({ where: { id: incident.id } })).toMatchObject({
      status: "investigating",
      resolvedAt: null,
    });
    expect(await db.degradationWindow.count({ where: { incidentId: incident.id, endedAt: null } })).toBe(1);
    expect((await component(a!.id)).status).toBe("major_outage");
    await resolveIncident({ ctx, input: { incidentId: incident.id, notify: false } });
    await expect(resolveIncident({ ctx, input: { incidentId: incident.id } })).rejects.toThrow("already resolved");
  });

  it("refuses viewers and anonymous callers", async () => {
    const incident = await makePublished(db);
    await expect(resolveIncident({ ctx: await ctxAs(db, "viewer"), input: { incidentId: incident.id } })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(resolveIncident({ ctx: anonymousCtx(db), input: { incidentId: incident.id } })).rejects.toBeInstanceOf(UnauthorizedError);
    expect((await db.incident.findUniqueOrThrow({ where: { id: incident.id } })).status).toBe("investigating");
  });
});

describe.runIf(env.database.provider === "postgresql")("resolveIncident against another instance", () => {
  it("waits for the other instance's lock on the incident, then sees it resolved and refuses", async () => {
    const ctx = await ctxAs(db, "editor");
    const [a] = await makeComponents(db, 1);
    const incident = await makePublished(db, [{ componentId: a!.id, status: "major_outage" }]);
    const other = new pg.Client({ connectionString: env.database.url });
    await other.connect();
    try {
      await other.query("BEGIN");
      await other.query('SELECT id FROM "Incident" WHERE id = $1 FOR UPDATE', [incident.id]);
      const ours = resolveIncident({ ctx, input: { incidentId: incident.id } }).then(
        () => "resolved",
        (error: unknown) => error,
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
      await other.query(`UPDATE "Incident" SET status = 'resolved', "resolvedAt" = now() WHERE id = $1`, [incident.id]);
      await other.query("COMMIT");
      expect(await ours).toBeInstanceOf(ConflictError);
    } finally {
      await other.end();
    }
    expect(await db.incidentUpdate.count({ where: { incidentId: incident.id, status: "resolved" } })).toBe(0);
  });
});
