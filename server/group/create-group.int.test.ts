import { describe, expect, it } from "vitest";
import { nextPosition } from "@/server/component/positions";
import { auditOf, parsed, readRevision, tag } from "@/test/fixtures/component";
import { ForbiddenError, UnauthorizedError, ValidationError } from "@/server/errors";
import { anonymousCtx, ctxAs } from "@/test/actors";
import { testDb } from "@/test/db";
import { createGroup } from "./create-group";

describe("createGroup", () => {
  it("adds a group after everything at the top level, audited and public", async () => {
    const db = testDb();
    const ctx = await ctxAs(db, "admin");
    const revision = await readRevision(db);
    const name = `Group ${tag()}`;
    const group = await createGroup({ ctx, input: { name: ` ${name} `, description: "", collapsed: true } });
    expect(group).toMatchObject({ name, description: null, collapsed: true });
    expect(await nextPosition(db, null)).toBeGreaterThan(group.position);
    expect(await readRevision(db)).toBeGreaterThan(revision);
    const [audit] = await auditOf(db, group.id);
    expect(audit).toMatchObject({ action: "group.create", entityType: "component_group", before: null });
    expect(parsed(audit!.after)).toMatchObject({ name, collapsed: true });
  });

  it("names the field on bad input and stores nothing", async () => {
    const db = testDb();
    const ctx = await ctxAs(db, "admin");
    const error = await createGroup({ ctx, input: { name: "x".repeat(121) } }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.fieldErrors).toEqual({ name: ["Name is too long (120 characters at most)"] });
    expect(await db.componentGroup.findFirst({ where: { name: "x".repeat(121) } })).toBeNull();
  });

  it("refuses editors, viewers and anonymous callers before storing anything", async () => {
    const db = testDb();
    const name = `Refused ${tag()}`;
    for (const role of ["editor", "viewer"] as const) {
      await expect(createGroup({ ctx: await ctxAs(db, role), input: { name } })).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(createGroup({ ctx: anonymousCtx(db), input: { name } })).rejects.toBeInstanceOf(UnauthorizedError);
    expect(await db.componentGroup.findFirst({ where: { name } })).toBeNull();
  });
});
