import { describe, expect, it } from "vitest";
import { auditOf, makeGroup, parsed, readRevision } from "@/test/fixtures/component";
import { ForbiddenError, NotFoundError, UnauthorizedError, ValidationError } from "@/server/errors";
import { anonymousCtx, ctxAs } from "@/test/actors";
import { testDb } from "@/test/db";
import { updateGroup } from "./update-group";

describe("updateGroup", () => {
  it("renames and collapses, keeping keys left out, audited and public", async () => {
    const db = testDb();
    const ctx = await ctxAs(db, "owner");
    const group = await db.componentGroup.create({ data: { name: "API before", description: "keep me" } });
    const revision = await readRevision(db);
    const updated = await updateGroup({ ctx, input: { groupId: group.id, name: "API", collapsed: true } });
    expect(updated).toMatchObject({ name: "API", description: "keep me", collapsed: true, position: group.position });
    expect(await readRevision(db)).toBeGreaterThan(revision);
    const [audit] = await auditOf(db, group.id);
    expect(audit!.action).toBe("group.update");
    expect(parsed(audit!.before)).toMatchObject({ name: "API before", collapsed: false });
    expect(parsed(audit!.after)).toMatchObject({ name: "API", collapsed: true });
    expect((await updateGroup({ ctx, input: { groupId: group.id, description: "" } })).description).toBeNull();
  });

  it("names the field on bad input, reports unknown groups and stores nothing", async () => {
    const db = testDb();
    const ctx = await ctxAs(db, "admin");
    const group = await makeGroup(db);
    const error = await updateGroup({ ctx, input: { groupId: group.id, name: "" } }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.fieldErrors).toEqual({ name: ["Name is required"] });
    await expect(updateGroup({ ctx, input: { groupId: "missing", name: "x" } })).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.componentGroup.findUnique({ where: { id: group.id } })).toEqual(group);
    expect(await auditOf(db, group.id)).toEqual([]);
  });

  it("refuses editors, viewers and anonymous callers", async () => {
    const db = testDb();
    const group = await makeGroup(db);
    for (const role of ["editor", "viewer"] as const) {
      await expect(updateGroup({ ctx: await ctxAs(db, role), input: { groupId: group.id, name: "x" } })).rejects.toBeInstanceOf(
        ForbiddenError,
      );
    }
    await expect(updateGroup({ ctx: anonymousCtx(db), input: { groupId: group.id, name: "x" } })).rejects.toBeInstanceOf(UnauthorizedError);
    expect(await db.componentGroup.findUnique({ where: { id: group.id } })).toEqual(group);
  });
});
