import { describe, expect, it } from "vitest";
import { UnauthorizedError, ValidationError } from "@/server/errors";
import { testDb } from "@/test/db";
import { changePassword } from "./change-password";
import { getActor } from "./session";
import { getAuth } from "./auth";
import { authRequest, makePasswordUser, signedInHeaders } from "@/test/fixtures/auth";

const NEW = "an entirely new passphrase";

async function signedIn(role: "viewer" | "owner" = "viewer") {
  const db = testDb();
  const user = await makePasswordUser(db, role);
  const headers = await signedInHeaders(user.email, user.password);
  return { db, user, headers, ctx: { db, actor: await getActor(headers) } };
}

describe("changePassword", () => {
  it("checks the current password, then changes it, ends other sessions and audits", async () => {
    const { db, user, headers, ctx } = await signedIn();
    const otherDevice = await signedInHeaders(user.email, user.password);
    await changePassword({ ctx, headers, input: { currentPassword: user.password, password: NEW, confirmPassword: NEW } });
    await expect(signedInHeaders(user.email, user.password)).rejects.toThrow(/401/);
    expect(await getActor(await signedInHeaders(user.email, NEW))).toMatchObject({ id: user.id });
    expect(await getActor(otherDevice)).toEqual({ type: "anonymous" });
    expect(await db.auditLog.findMany({ where: { entityId: user.id } })).toEqual([
      expect.objectContaining({ action: "user.change-password", actorId: user.id }),
    ]);
  });

  it("names the field on a wrong current password or a bad new one, and changes nothing", async () => {
    const { db, user, headers, ctx } = await signedIn();
    const wrong = await changePassword({
      ctx,
      headers,
      input: { currentPassword: "not my password", password: NEW, confirmPassword: NEW },
    }).catch((e) => e);
    expect(wrong).toBeInstanceOf(ValidationError);
    expect(wrong.fieldErrors).toEqual({ currentPassword: ["Current password is incorrect"] });
    const bad = await changePassword({
      ctx,
      headers,
      input: { currentPassword: user.password, password: "short", confirmPassword: "shorter" },
    }).catch((e) => e);
    expect(Object.keys(bad.fieldErrors).sort()).toEqual(["confirmPassword", "password"]);
    await signedInHeaders(user.email, user.password);
    expect(await db.auditLog.count({ where: { entityId: user.id } })).toBe(0);
  });

  it("refuses a guessable new password, in the console and over better-auth's own endpoint", async () => {
    const { user, headers, ctx } = await signedIn();
    for (const password of ["aaaaaaaaaaaa", "password1234"]) {
      const error = await changePassword({
        ctx,
        headers,
        input: { currentPassword: user.password, password, confirmPassword: password },
      }).catch((e) => e);
      expect(error, password).toBeInstanceOf(ValidationError);
      expect(error.fieldErrors.password[0]).toMatch(/^This password is too easy to guess\. /);
    }
    const cookie = headers.get("cookie")!;
    const direct = await getAuth().handler(
      authRequest("/change-password", { currentPassword: user.password, newPassword: "password1234" }, { cookie }),
    );
    expect(direct.status).toBe(400);
    expect(await direct.json()).toMatchObject({ code: "PASSWORD_TOO_WEAK", message: expect.stringMatching(/commonly used password/) });
    await signedInHeaders(user.email, user.password);
    const strong = await getAuth().handler(
      authRequest("/change-password", { currentPassword: user.password, newPassword: NEW }, { cookie }),
    );
    expect(strong.status).toBe(200);
  });

  it("limits attempts per user", async () => {
    const { headers, ctx } = await signedIn();
    const attempt = () =>
      changePassword({ ctx, headers, input: { currentPassword: "guess guess guess", password: NEW, confirmPassword: NEW } }).catch(
        (e) => e,
      );
    for (let i = 0; i < 5; i++) expect((await attempt()).fieldErrors.currentPassword).toEqual(["Current password is incorrect"]);
    expect((await attempt()).fieldErrors.currentPassword[0]).toMatch(/Too many attempts/);
  });

  it("needs a signed-in user", async () => {
    const db = testDb();
    await expect(
      changePassword({
        ctx: { db, actor: { type: "anonymous" } },
        headers: new Headers(),
        input: { currentPassword: "x", password: NEW, confirmPassword: NEW },
      }),
    ).rejects.toBeInstanceOf(UnauthorizedError);
  });
});
