import { describe, expect, it } from "vitest";
import { getActor } from "@/server/auth/session";
import { makePasswordUser, signedInHeaders } from "@/test/fixtures/auth";
import { ConflictError, ForbiddenError } from "@/server/errors";
import { ctxAs } from "@/test/actors";
import { testDb } from "@/test/db";
import { disableUser } from "./disable-user";
import { enableUser } from "./enable-user";

describe("disableUser / enableUser", () => {
  it("ends the member's sessions at once and keeps them out until enabled again", async () => {
    const db = testDb();
    const admin = await ctxAs(db, "admin");
    const member = await makePasswordUser(db, "editor");
    const headers = await signedInHeaders(member.email, member.password);
    const disabled = await disableUser({ ctx: admin, input: { userId: member.id } });
    expect(disabled.disabledAt).toBeInstanceOf(Date);
    expect(await db.session.count({ where: { userId: member.id } })).toBe(0);
    expect(await getActor(headers)).toEqual({ type: "anonymous" });
    await expect(signedInHeaders(member.email, member.password)).rejects.toThrow(/disabled/);

    await enableUser({ ctx: admin, input: { userId: member.id } });
    expect(await getActor(await signedInHeaders(member.email, member.password))).toMatchObject({ id: member.id });
    const actions = (await db.auditLog.findMany({ where: { entityId: member.id }, orderBy: { createdAt: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["user.disable", "user.enable"]);
  });

  it("does not let anyone disable themselves, nor an admin disable an owner", async () => {
    const db = testDb();
    const admin = await ctxAs(db, "admin");
    await expect(disableUser({ ctx: admin, input: { userId: admin.actor.type === "user" ? admin.actor.id : "" } })).rejects.toBeInstanceOf(
      ConflictError,
    );
    const owner = await makePasswordUser(db, "owner");
    await expect(disableUser({ ctx: admin, input: { userId: owner.id } })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await db.user.findUniqueOrThrow({ where: { id: owner.id } })).disabledAt).toBeNull();
  });

  it("names the field on bad input", async () => {
    const error = await disableUser({ ctx: await ctxAs(testDb(), "admin"), input: { userId: " " } }).catch((e) => e);
    expect(error.fieldErrors).toEqual({ userId: ["User is required"] });
  });
});
