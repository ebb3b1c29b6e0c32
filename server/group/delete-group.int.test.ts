import { describe, expect, it } from "vitest";
import { listComponents } from "@/server/component/list-components";
import { scopeItems } from "@/server/component/positions";
import { auditOf, makeComponent, makeGroup, parsed, readRevision } from "@/test/fixtures/component";
import { ForbiddenError, NotFoundError, UnauthorizedError, ValidationError } from "@/server/errors";
import { anonymousCtx, ctxAs } from "@/test/actors";
import { testDb } from "@/test/db";
import { deleteGroup } from "./delete-group";

describe("deleteGroup", () => {
  it("moves the members to the top level in the group's place and order", async () => {
    const db = testDb();
    const ctx = await ctxAs(db, "admin");
    const before = await makeComponent(db, { position: 5000 });
    const group = await makeGroup(db, { position: 5001 });
    const after = await makeComponent(db, { position: 5002 });
    const second = await makeComponent(db, { groupId: group.id, position: 1 });
    const first = await makeComponent(db, { groupId: group.id, position: 0 });
    const revision = await readRevision(db);

    expect(await deleteGroup({ ctx, input: { groupId: group.id } })).toEqual({ id: group.id, movedToTopLevel: [first.id, second.id] });
    expect(await db.componentGroup.findUnique({ where: { id: group.id } })).toBeNull();
    const mine = [before.id, first.id, second.id, after.id];
    const order = (await scopeItems(db, null)).map((i) => i.id).filter((id) => mine.includes(id));
    expect(order).toEqual(mine);
    expect(await readRevision(db)).toBeGreaterThan(revision);
    const [audit] = await auditOf(db, group.id);
    expect(audit!.action).toBe("group.delete");
    expect(parsed(audit!.before)).toMatchObject({ name: group.name, componentIds: [first.id, second.id] });

    const { rows } = await listComponents({ ctx });
    const ids = rows.flatMap((r) => (r.kind === "component" ? [r.component.id] : []));
    expect(ids.filter((id) => mine.includes(id))).toEqual(mine);
  });

  it("names the field on bad input and reports unknown groups", async () => {
    const db = testDb();
    const ctx = await ctxAs(db, "admin");
    const error = await deleteGroup({ ctx, input: { groupId: "" } }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(Object.keys(error.fieldErrors)).toEqual(["groupId"]);
    await expect(deleteGroup({ ctx, input: { groupId: "missing" } })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("refuses editors, viewers and anonymous callers before touching anything", async () => {
    const db = testDb();
    const group = await makeGroup(db);
    const member = await makeComponent(db, { groupId: group.id });
    for (const role of ["editor", "viewer"] as const) {
      await expect(deleteGroup({ ctx: await ctxAs(db, role), input: { groupId: group.id } })).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(deleteGroup({ ctx: anonymousCtx(db), input: { groupId: group.id } })).rejects.toBeInstanceOf(UnauthorizedError);
    expect(await db.component.findUnique({ where: { id: member.id } })).toMatchObject({ groupId: group.id });
  });
});
