import { describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import pg from "pg";
import { ConflictError, ForbiddenError, UnauthorizedError, ValidationError } from "@/server/errors";
import { makeComponents, makeDraft, makePublished, publicRevision } from "@/test/fixtures/incident";
import { resolveIncident } from "@/server/incident/resolve-incident";
import { anonymousCtx, ctxAs } from "@/test/actors";
import { testDb } from "@/test/db";
import { addWindow } from "./add-window";
import { closeWindow } from "./close-window";
import { deleteWindow } from "./delete-window";
import { updateWindow } from "./update-window";

const db = testDb();
const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000);
const statusOf = async (id: string) => (await db.component.findUniqueOrThrow({ where: { id } })).status;

describe("window verbs", () => {
  it("add → update → close → delete: status follows, audit before/after, revision bumped", async () => {
    const ctx = await ctxAs(db, "editor");
    const [c] = await makeComponents(db, 1);
    const incident = await makePublished(db);
    let revision = await publicRevision(db);

    const window = await addWindow({
      ctx,
      input: { incidentId: incident.id, componentId: c!.id, severity: "partial", startedAt: ago(30).toISOString() },
    });
    expect(await statusOf(c!.id)).toBe("partial_outage");
    expect(
      await db.incidentComponent.findUnique({ where: { incidentId_componentId: { incidentId: incident.id, componentId: c!.id } } }),
    ).not.toBeNull();
    expect(await publicRevision(db)).toBeGreaterThan(revision);

    revision = await publicRevision(db);
    await updateWindow({ ctx, input: { windowId: window.id, severity: "major", startedAt: ago(40) } });
    expect(await statusOf(c!.id)).toBe("major_outage");
    expect(await publicRevision(db)).toBeGreaterThan(revision);

    const endedAt = ago(5);
    const closed = await closeWindow({ ctx, input: { windowId: window.id, endedAt: endedAt.toISOString() } });
    expect(closed.endedAt).toEqual(endedAt);
    expect(await statusOf(c!.id)).toBe("operational");
    await expect(closeWindow({ ctx, input: { windowId: window.id } })).rejects.toBeInstanceOf(ConflictError);

    await updateWindow({ ctx, input: { windowId: window.id, endedAt: null } });
    expect(await statusOf(c!.id)).toBe("major_outage");

    await deleteWindow({ ctx, input: { windowId: window.id } });
    expect(await db.degradationWindow.findUnique({ where: { id: window.id } })).toBeNull();
    expect(await statusOf(c!.id)).toBe("operational");

    const audit = await db.auditLog.findMany({ where: { entityId: window.id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
    expect(audit.map((a) => a.action)).toEqual(["window.create", "window.update", "window.close", "window.update", "window.delete"]);
    const update = audit[1]!;
    expect(JSON.parse(update.before!)).toMatchObject({ severity: "partial" });
    expect(JSON.parse(update.after!)).toMatchObject({
      severity: "major",
      changes: [{ componentId: c!.id, oldStatus: "partial_outage", newStatus: "major_outage" }],
    });
  });

  it("validates: end after start, nothing in the future, no overlap per component; nothing stored", async () => {
    const ctx = await ctxAs(db, "editor");
    const [c, d] = await makeComponents(db, 2);
    const incident = await makePublished(db);
    const base = { incidentId: incident.id, componentId: c!.id, severity: "major" as const };
    const first = await addWindow({ ctx, input: { ...base, startedAt: ago(60), endedAt: ago(30) } });

    const backwards = await addWindow({ ctx, input: { ...base, startedAt: ago(20), endedAt: ago(25) } }).catch((e) => e);
    expect(backwards).toBeInstanceOf(ValidationError);
    expect(backwards.fieldErrors).toEqual({ endedAt: ["End must be after start"] });
    const future = await addWindow({ ctx, input: { ...base, startedAt: new Date(Date.now() + 300_000) } }).catch((e) => e);
    expect(future.fieldErrors).toEqual({ startedAt: ["Start cannot be in the future"] });
    const overlap = await addWindow({ ctx, input: { ...base, startedAt: ago(45), endedAt: ago(10) } }).catch((e) => e);
    expect(Object.keys(overlap.fieldErrors)).toEqual(["startedAt"]);
    const bad = await addWindow({
      ctx,
      input: { incidentId: incident.id, componentId: "", severity: "bad" as never, startedAt: "x" },
    }).catch((e) => e);
    expect(Object.keys(bad.fieldErrors).sort()).toEqual(["componentId", "severity", "startedAt"]);
    const missing = await addWindow({ ctx, input: { ...base, componentId: "gone", startedAt: ago(5) } }).catch((e) => e);
    expect(missing.fieldErrors).toEqual({ componentId: ["This component does not exist"] });
    const stretch = await updateWindow({ ctx, input: { windowId: first.id, endedAt: ago(70) } }).catch((e) => e);
    expect(stretch.fieldErrors).toEqual({ endedAt: ["End must be after start"] });

    // The other component and touching windows are fine.
    await addWindow({ ctx, input: { ...base, componentId: d!.id, startedAt: ago(45), endedAt: ago(10) } });
    await addWindow({ ctx, input: { ...base, startedAt: ago(30), endedAt: ago(10) } });
    expect(await db.degradationWindow.count({ where: { incidentId: incident.id, componentId: c!.id } })).toBe(2);
    expect(await db.degradationWindow.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ endedAt: first.endedAt });
  });

  it("needs an end on a resolved incident, and keeps a draft's windows private", async () => {
    const ctx = await ctxAs(db, "editor");
    const [c] = await makeComponents(db, 1);
    const incident = await makePublished(db);
    await resolveIncident({ ctx, input: { incidentId: incident.id, notify: false } });
    const open = await addWindow({
      ctx,
      input: { incidentId: incident.id, componentId: c!.id, severity: "major", startedAt: ago(1) },
    }).catch((e) => e);
    expect(open.fieldErrors).toEqual({ endedAt: ["This incident is resolved: give the window an end"] });

    const draft = await makeDraft(db);
    await addWindow({ ctx, input: { incidentId: draft.id, componentId: c!.id, severity: "major", startedAt: ago(1) } });
    expect(await statusOf(c!.id)).toBe("operational");
  });

  it("refuses viewers and anonymous callers before anything changes", async () => {
    const [c] = await makeComponents(db, 1);
    const incident = await makePublished(db, [{ componentId: c!.id, status: "partial_outage" }]);
    const window = await db.degradationWindow.findFirstOrThrow({ where: { incidentId: incident.id } });
    const viewer = await ctxAs(db, "viewer");
    const calls = [
      (ctx: typeof viewer) =>
        addWindow({ ctx, input: { incidentId: incident.id, componentId: c!.id, severity: "major", startedAt: ago(90), endedAt: ago(80) } }),
      (ctx: typeof viewer) => updateWindow({ ctx, input: { windowId: window.id, severity: "major" } }),
      (ctx: typeof viewer) => closeWindow({ ctx, input: { windowId: window.id } }),
      (ctx: typeof viewer) => deleteWindow({ ctx, input: { windowId: window.id } }),
    ];
    for (const call of calls) {
      await expect(call(viewer)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(call(anonymousCtx(db))).rejects.toBeInstanceOf(UnauthorizedError);
    }
    expect(await db.degradationWindow.findMany({ where: { incidentId: incident.id } })).toEqual([window]);
  });
});

describe.runIf(env.database.provider === "postgresql")("addWindow against another instance", () => {
  it("waits for the other instance's lock on the incident, then sees its window and refuses to overlap it", async () => {
    const ctx = await ctxAs(db, "editor");
    const [c] = await makeComponents(db, 1);
    const incident = await makePublished(db);
    const other = new pg.Client({ connectionString: env.database.url });
    await other.connect();
    try {
      await other.query("BEGIN");
      await other.query('SELECT id FROM "Incident" WHERE id = $1 FOR UPDATE', [incident.id]);
      const input = { incidentId: incident.id, componentId: c!.id, severity: "major" as const, startedAt: ago(30), endedAt: ago(10) };
      const ours = addWindow({ ctx, input }).then(
        () => "added",
        (error: unknown) => error,
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
      await other.query(
        `INSERT INTO "DegradationWindow" (id, "componentId", "incidentId", severity, "startedAt", "endedAt", "createdAt", "updatedAt")
         VALUES ($1, $2, $3, 'partial', $4, $5, now(), now())`,
        [`other-${incident.id}`, c!.id, incident.id, ago(40), ago(20)],
      );
      await other.query("COMMIT");
      expect(await ours).toBeInstanceOf(ValidationError);
    } finally {
      await other.end();
    }
    expect(await db.degradationWindow.count({ where: { incidentId: incident.id } })).toBe(1);
  });
});
