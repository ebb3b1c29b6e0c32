import { describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError, UnauthorizedError, ValidationError } from "@/server/errors";
import { anonymousCtx, ctxAs } from "@/test/actors";
import { testDb } from "@/test/db";
import { bumpPublicRevision } from "@/server/public/revision";
import { scopeItems } from "./positions";
import { reorderComponents } from "./reorder-components";
import { auditOf, makeComponent, makeGroup, parsed, readRevision } from "@/test/fixtures/component";

describe("reorderComponents", () => {
  it("orders a group's components, audits the old and new order and bumps the revision", async () => {
    const db = testDb();
    const ctx = await ctxAs(db, "admin");
    const group = await makeGroup(db);
    const [a, b, c] = [
      await makeComponent(db, { groupId: group.id, position: 0 }),
      await makeComponent(db, { groupId: group.id, position: 1 }),
      await makeComponent(db, { groupId: group.id, position: 2 }),
    ];
    const revision = await readRevision(db);
    const result = await reorderComponents({ ctx, input: { groupId: group.id, ids: [c!.id, a!.id, b!.id] } });
    expect(result.order).toEqual([c!.id, a!.id, b!.id]);
    const rows = await db.component.findMany({ where: { groupId: group.id }, orderBy: { position: "asc" } });
    expect(rows.map((r) => [r.id, r.position])).toEqual([
      [c!.id, 0],
      [a!.id, 1],
      [b!.id, 2],
    ]);
    expect(await readRevision(db)).toBeGreaterThan(revision);
    const [audit] = await auditOf(db, group.id);
    expect(audit).toMatchObject({ action: "component.reorder", entityType: "component_group" });
    expect(parsed(audit!.before)).toEqual([a!.id, b!.id, c!.id]);
    expect(parsed(audit!.after)).toEqual([c!.id, a!.id, b!.id]);
  });

  it("moves the revision once per transaction, though it takes the revision's lock first", async () => {
    const db = testDb();
    const ctx = await ctxAs(db, "admin");
    const group = await makeGroup(db);
    const [a, b] = [
      await makeComponent(db, { groupId: group.id, position: 0 }),
      await makeComponent(db, { groupId: group.id, position: 1 }),
    ];
    await db.$transaction(async (tx) => {
      // The outer bump holds the row for the rest of the transaction, so no other writer moves it.
      const locked = await bumpPublicRevision(tx);
      await reorderComponents({ ctx: { ...ctx, tx }, input: { groupId: group.id, ids: [b!.id, a!.id] } });
      expect((await tx.publicRevision.findUniqueOrThrow({ where: { id: "public" } })).revision).toBe(locked);
    });
  });

  it("keeps members a stale list leaves out, after the listed ones", async () => {
    const db = testDb();
    const ctx = await ctxAs(db, "admin");
    const group = await makeGroup(db);
    const a = await makeComponent(db, { groupId: group.id, position: 0 });
    const b = await makeComponent(db, { groupId: group.id, position: 1 });
    const added = await makeComponent(db, { groupId: group.id, position: 2 });
    const { order } = await reorderComponents({ ctx, input: { groupId: group.id, ids: [b.id, a.id] } });
    expect(order).toEqual([b.id, a.id, added.id]);
  });

  it("interleaves groups and ungrouped components at the top level", async () => {
    const db = testDb();
    const ctx = await ctxAs(db, "owner");
    const g1 = await makeGroup(db, { position: 1000 });
    const lone = await makeComponent(db, { position: 1001 });
    const g2 = await makeGroup(db, { position: 1002 });
    const mine = [g1.id, lone.id, g2.id];
    const others = (await scopeItems(db, null)).map((i) => i.id).filter((id) => !mine.includes(id));
    await reorderComponents({ ctx, input: { groupId: null, ids: [...others, g2.id, g1.id, lone.id] } });
    const after = (await scopeItems(db, null)).map((i) => i.id).filter((id) => mine.includes(id));
    expect(after).toEqual([g2.id, g1.id, lone.id]);
    expect((await auditOf(db, "top_level")).some((row) => row.action === "component.reorder")).toBe(true);
  });

  it("refuses items from elsewhere and duplicates, naming the field, and stores nothing", async () => {
    const db = testDb();
    const ctx = await ctxAs(db, "admin");
    const group = await makeGroup(db);
    const a = await makeComponent(db, { groupId: group.id, position: 0 });
    const b = await makeComponent(db, { groupId: group.id, position: 1 });
    const stranger = await makeComponent(db);
    const foreign = await reorderComponents({ ctx, input: { groupId: group.id, ids: [b.id, stranger.id, a.id] } }).catch((e) => e);
    expect(foreign).toBeInstanceOf(ValidationError);
    expect(Object.keys(foreign.fieldErrors)).toEqual(["ids"]);
    const twice = await reorderComponents({ ctx, input: { groupId: group.id, ids: [b.id, b.id] } }).catch((e) => e);
    expect(twice.fieldErrors).toEqual({ ids: ["An item appears twice in the order"] });
    await expect(reorderComponents({ ctx, input: { groupId: "missing", ids: [a.id] } })).rejects.toBeInstanceOf(NotFoundError);
    const rows = await db.component.findMany({ where: { groupId: group.id }, orderBy: { position: "asc" } });
    expect(rows.map((r) => r.id)).toEqual([a.id, b.id]);
    expect(await auditOf(db, group.id)).toEqual([]);
  });

  it("refuses editors, viewers and anonymous callers", async () => {
    const db = testDb();
    const group = await makeGroup(db);
    const a = await makeComponent(db, { groupId: group.id, position: 0 });
    const b = await makeComponent(db, { groupId: group.id, position: 1 });
    const input = { groupId: group.id, ids: [b.id, a.id] };
    for (const role of ["editor", "viewer"] as const) {
      await expect(reorderComponents({ ctx: await ctxAs(db, role), input })).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(reorderComponents({ ctx: anonymousCtx(db), input })).rejects.toBeInstanceOf(UnauthorizedError);
    expect((await db.component.findUniqueOrThrow({ where: { id: a.id } })).position).toBe(0);
  });
});
