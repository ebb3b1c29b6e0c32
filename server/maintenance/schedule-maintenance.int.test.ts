import { describe, expect, it } from "vitest";
import { auditOf, makeComponent, parsed, readRevision, tag } from "@/test/fixtures/component";
import { ForbiddenError, UnauthorizedError, ValidationError } from "@/server/errors";
import { anonymousCtx, ctxAs } from "@/test/actors";
import { testDb } from "@/test/db";
import { scheduleMaintenance } from "./schedule-maintenance";
import { notificationsOf, updatesOf } from "@/test/fixtures/maintenance";

const HOUR = 3_600_000;
const later = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString();

describe("scheduleMaintenance", () => {
  it("publishes at once with its components, a first update, an announcement and an audit row", async () => {
    const db = testDb();
    const ctx = await ctxAs(db, "editor");
    const [a, b] = [await makeComponent(db), await makeComponent(db)];
    const revision = await readRevision(db);
    const title = `Queue upgrade ${tag()}`;
    const m = await scheduleMaintenance({
      ctx,
      input: {
        title,
        body: " **Read-only** for an hour ",
        componentIds: [a.id, b.id],
        scheduledStart: later(24),
        scheduledEnd: later(25),
        autoComplete: false,
      },
    });
    expect(m).toMatchObject({
      title,
      body: "**Read-only** for an hour",
      status: "scheduled",
      autoStart: true,
      autoComplete: false,
      cancelledAt: null,
    });
    expect(m.slug).toMatch(/^queue-upgrade-[a-z0-9-]+-[0-9a-f]{6}$/);
    expect(m.publishedAt).toBeInstanceOf(Date);
    expect(m.componentIds).toEqual([a.id, b.id].sort());
    expect(m.createdById).toBe(ctx.actor.type === "user" ? ctx.actor.id : undefined);
    expect(await updatesOf(db, m.id)).toEqual([{ status: "scheduled", body: "Maintenance scheduled." }]);
    expect(await notificationsOf(db, m.id)).toEqual([{ kind: "maintenance_scheduled" }]);
    expect(await readRevision(db)).toBeGreaterThan(revision);
    const [audit] = await auditOf(db, m.id);
    expect(audit).toMatchObject({ action: "maintenance.schedule", entityType: "maintenance", before: null });
    expect(parsed(audit!.after)).toMatchObject({ title, componentIds: m.componentIds });
    // Components do not change until it starts.
    expect((await db.component.findUniqueOrThrow({ where: { id: a.id } })).status).toBe("operational");
  });

  it("tells nobody when notifyOnSchedule is off", async () => {
    const db = testDb();
    const ctx = await ctxAs(db, "admin");
    const component = await makeComponent(db);
    const m = await scheduleMaintenance({
      ctx,
      input: { title: "Quiet", componentIds: [component.id], scheduledStart: later(1), scheduledEnd: later(2), notifyOnSchedule: false },
    });
    expect(await notificationsOf(db, m.id)).toEqual([]);
  });

  it("names each bad field and stores nothing", async () => {
    const db = testDb();
    const ctx = await ctxAs(db, "admin");
    const component = await makeComponent(db);
    const title = `Bad ${tag()}`;
    const attempt = (input: Record<string, unknown>) =>
      scheduleMaintenance({
        ctx,
        input: { title, componentIds: [component.id], scheduledStart: later(2), scheduledEnd: later(3), ...input } as never,
      }).catch((e) => e);

    const backwards = await attempt({ scheduledEnd: later(1) });
    expect(backwards).toBeInstanceOf(ValidationError);
    expect(backwards.fieldErrors).toEqual({ scheduledEnd: ["End must be after the start"] });
    expect((await attempt({ scheduledStart: later(-3), scheduledEnd: later(-2) })).fieldErrors).toEqual({
      scheduledEnd: ["End must be in the future"],
    });
    expect((await attempt({ componentIds: [] })).fieldErrors).toEqual({ componentIds: ["Choose at least one component"] });
    expect((await attempt({ componentIds: ["missing"] })).fieldErrors).toEqual({
      componentIds: ["One of the chosen components does not exist (any more)"],
    });
    expect(Object.keys((await attempt({ title: " ", scheduledStart: "soon" })).fieldErrors).sort()).toEqual(["scheduledStart", "title"]);
    expect(await db.maintenance.findFirst({ where: { title } })).toBeNull();
  });

  it("refuses viewers and anonymous callers before storing anything", async () => {
    const db = testDb();
    const component = await makeComponent(db);
    const title = `Refused ${tag()}`;
    const input = { title, componentIds: [component.id], scheduledStart: later(1), scheduledEnd: later(2) };
    await expect(scheduleMaintenance({ ctx: await ctxAs(db, "viewer"), input })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(scheduleMaintenance({ ctx: anonymousCtx(db), input })).rejects.toBeInstanceOf(UnauthorizedError);
    expect(await db.maintenance.findFirst({ where: { title } })).toBeNull();
  });
});
