import { verifyPassword } from "better-auth/crypto";
import { describe, expect, it } from "vitest";
import { getActor } from "@/server/auth/session";
import { signedInHeaders, uniqueEmail } from "@/test/fixtures/auth";
import { ValidationError } from "@/server/errors";
import { anonymousCtx, ctxAs } from "@/test/actors";
import { testDb } from "@/test/db";
import { acceptInvite, findInvitation } from "./accept-invite";
import { inviteUser } from "./invite-user";
import { revokeInvite } from "./revoke-invite";

const PASSWORD = "invited and careful";

async function invite(role: "editor" | "viewer" = "editor", now?: Date) {
  const db = testDb();
  const email = uniqueEmail("invited");
  const result = await inviteUser({ ctx: await ctxAs(db, "admin"), input: { email, role }, now });
  return { db, email, token: new URL(result.link).searchParams.get("token")!, id: result.invitation.id };
}

const form = (token: string, overrides: Record<string, unknown> = {}) => ({
  token,
  name: "Ines Invited",
  password: PASSWORD,
  confirmPassword: PASSWORD,
  ...overrides,
});

describe("acceptInvite", () => {
  it("refuses a guessable password naming the field, and the invitation stays usable", async () => {
    const { db, email, token } = await invite();
    for (const password of ["aaaaaaaaaaaa", "password1234", email]) {
      const error = await acceptInvite({ ctx: anonymousCtx(db), input: form(token, { password, confirmPassword: password }) }).catch(
        (e) => e,
      );
      expect(error, password).toBeInstanceOf(ValidationError);
      expect(error.fieldErrors.password[0]).toMatch(/^This password is too easy to guess\. /);
    }
    expect(await db.user.findUnique({ where: { email } })).toBeNull();
    expect((await findInvitation(db, token)).state).toBe("valid");
  });

  it("creates the account with the invited role, consumes the invitation, audits, and can sign in", async () => {
    const { db, email, token, id } = await invite("editor");
    expect(await findInvitation(db, token)).toMatchObject({ state: "valid", email, role: "editor" });
    const user = await acceptInvite({ ctx: anonymousCtx(db), input: form(token) });
    expect(user).toMatchObject({ email, role: "editor", name: "Ines Invited" });
    const account = await db.account.findFirstOrThrow({ where: { userId: user.id } });
    expect(await verifyPassword({ hash: account.password!, password: PASSWORD })).toBe(true);
    expect((await db.invitation.findUniqueOrThrow({ where: { id } })).acceptedAt).not.toBeNull();
    expect(await db.auditLog.findMany({ where: { entityId: user.id } })).toEqual([
      expect.objectContaining({ action: "user.accept-invite", actorId: user.id }),
    ]);
    expect(await getActor(await signedInHeaders(email, PASSWORD))).toMatchObject({ id: user.id, role: "editor" });
  });

  it("works once only", async () => {
    const { db, token, email } = await invite();
    await acceptInvite({ ctx: anonymousCtx(db), input: form(token) });
    const again = await acceptInvite({ ctx: anonymousCtx(db), input: form(token, { name: "Someone else" }) }).catch((e) => e);
    expect(again).toBeInstanceOf(ValidationError);
    expect(again.fieldErrors.token).toEqual(["This invitation was already used. Sign in instead."]);
    expect(await db.user.count({ where: { email } })).toBe(1);
  });

  it("refuses an expired invitation with a clear message and creates nothing", async () => {
    const eightDaysAgo = new Date(Date.now() - 8 * 86_400_000);
    const { db, token, email } = await invite("viewer", eightDaysAgo);
    expect(await findInvitation(db, token)).toEqual({ state: "expired" });
    const error = await acceptInvite({ ctx: anonymousCtx(db), input: form(token) }).catch((e) => e);
    expect(error.fieldErrors.token).toEqual(["This invitation has expired. Ask an admin for a new one."]);
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  it("refuses a revoked or unknown link", async () => {
    const { db, token, id, email } = await invite();
    await revokeInvite({ ctx: await ctxAs(db, "admin"), input: { invitationId: id } });
    const revoked = await acceptInvite({ ctx: anonymousCtx(db), input: form(token) }).catch((e) => e);
    expect(revoked.fieldErrors.token[0]).toMatch(/not valid/);
    expect(await findInvitation(db, "made-up")).toEqual({ state: "invalid" });
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  it("names each bad field, stores nothing and keeps the invitation usable", async () => {
    const { db, token, id, email } = await invite();
    const error = await acceptInvite({
      ctx: anonymousCtx(db),
      input: form(token, { name: "", password: "short", confirmPassword: "different" }),
    }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.fieldErrors).toEqual({
      name: ["Name is required"],
      password: ["Use at least 12 characters"],
      confirmPassword: ["Passwords do not match"],
    });
    expect(await db.user.count({ where: { email } })).toBe(0);
    expect((await db.invitation.findUniqueOrThrow({ where: { id } })).acceptedAt).toBeNull();
  });
});
