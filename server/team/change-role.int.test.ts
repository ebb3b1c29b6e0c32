import { describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError, ValidationError } from "@/server/errors";
import { ctxAs } from "@/test/actors";
import { testDb } from "@/test/db";
import { changeRole } from "./change-role";

const idOf = (ctx: Awaited<ReturnType<typeof ctxAs>>) => (ctx.actor.type === "user" ? ctx.actor.id : "");

describe("changeRole", () => {
  it("changes a member's role and audits before and after", async () => {
    const db = testDb();
    const admin = await ctxAs(db, "admin");
    const target = idOf(await ctxAs(db, "editor"));
    const updated = await changeRole({ ctx: admin, input: { userId: target, role: "viewer" } });
    expect(updated.role).toBe("viewer");
    const [audit] = await db.auditLog.findMany({ where: { entityId: target } });
    expect(audit).toMatchObject({ action: "user.change-role", actorId: idOf(admin) });
    expect(JSON.parse(audit!.before!).role).toBe("editor");
    expect(JSON.parse(audit!.after!).role).toBe("viewer");
  });

  it("leaves ownership to owners: admins can neither grant nor remove it", async () => {
    const db = testDb();
    const admin = await ctxAs(db, "admin");
    const editor = idOf(await ctxAs(db, "editor"));
    const owner = idOf(await ctxAs(db, "owner"));
    await expect(changeRole({ ctx: admin, input: { userId: editor, role: "owner" } })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(changeRole({ ctx: admin, input: { userId: owner, role: "viewer" } })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await db.user.findUniqueOrThrow({ where: { id: editor } })).role).toBe("editor");
    expect((await db.user.findUniqueOrThrow({ where: { id: owner } })).role).toBe("owner");
    const ownerCtx = await ctxAs(db, "owner");
    expect((await changeRole({ ctx: ownerCtx, input: { userId: editor, role: "owner" } })).role).toBe("owner");
    expect((await changeRole({ ctx: ownerCtx, input: { userId: owner, role: "admin" } })).role).toBe("admin");
  });

  it("names the field on bad input, and stores nothing", async () => {
    const db = testDb();
    const admin = await ctxAs(db, "admin");
    const target = idOf(await ctxAs(db, "viewer"));
    const error = await changeRole({ ctx: admin, input: { userId: target, role: "root" as never } }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.fieldErrors).toEqual({ role: ["Choose a role: owner, admin, editor or viewer"] });
    await expect(changeRole({ ctx: admin, input: { userId: "missing", role: "viewer" } })).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.auditLog.count({ where: { entityId: target } })).toBe(0);
  });
});
