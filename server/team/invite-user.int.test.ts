import { describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { hashLinkToken } from "@/server/auth/tokens";
import { uniqueEmail } from "@/test/fixtures/auth";
import { ForbiddenError, ValidationError } from "@/server/errors";
import { ctxAs } from "@/test/actors";
import { testDb } from "@/test/db";
import { inviteUser } from "./invite-user";

const tokenOf = (link: string) => new URL(link).searchParams.get("token")!;

describe("inviteUser", () => {
  it("stores only the token's hash, expires in 7 days, returns the link and audits", async () => {
    const db = testDb();
    const ctx = await ctxAs(db, "admin");
    const now = new Date();
    const email = uniqueEmail("invitee");
    const { invitation, link, emailed } = await inviteUser({ ctx, input: { email: `  ${email.toUpperCase()} `, role: "editor" }, now });
    expect(link).toMatch(new RegExp(`^${env.baseUrl}/admin/invite\\?token=[A-Za-z0-9_-]{43}$`));
    expect(emailed).toBe(false);
    const row = await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } });
    expect(row).toMatchObject({
      email,
      role: "editor",
      tokenHash: hashLinkToken(tokenOf(link)),
      acceptedAt: null,
      invitedById: ctx.actor.type === "user" ? ctx.actor.id : "",
    });
    expect(row.expiresAt.getTime() - now.getTime()).toBe(7 * 86_400_000);
    const audit = await db.auditLog.findMany({ where: { entityId: invitation.id } });
    expect(audit).toEqual([expect.objectContaining({ action: "invitation.create", entityType: "invitation" })]);
    expect(audit[0]!.after).not.toContain(row.tokenHash);
  });

  it("replaces a pending invitation to the same address", async () => {
    const db = testDb();
    const ctx = await ctxAs(db, "admin");
    const email = uniqueEmail("twice");
    const first = await inviteUser({ ctx, input: { email, role: "viewer" } });
    const second = await inviteUser({ ctx, input: { email, role: "editor" } });
    expect(await db.invitation.findMany({ where: { email }, select: { id: true, role: true } })).toEqual([
      { id: second.invitation.id, role: "editor" },
    ]);
    expect(first.invitation.id).not.toBe(second.invitation.id);
  });

  it("names the field on bad input or an existing member, and stores nothing", async () => {
    const db = testDb();
    const ctx = await ctxAs(db, "owner");
    const bad = await inviteUser({ ctx, input: { email: "nope", role: "king" as never } }).catch((e) => e);
    expect(bad).toBeInstanceOf(ValidationError);
    expect(bad.fieldErrors).toEqual({ email: ["Enter a valid email address"], role: ["Choose a role: owner, admin, editor or viewer"] });
    const member = await ctxAs(db, "viewer");
    const taken = await inviteUser({ ctx, input: { email: member.actor.type === "user" ? member.actor.email : "", role: "viewer" } }).catch(
      (e) => e,
    );
    expect(taken.fieldErrors).toEqual({ email: ["Someone with this email is already on the team"] });
    expect(await db.invitation.count({ where: { email: { in: ["nope", member.actor.type === "user" ? member.actor.email : ""] } } })).toBe(
      0,
    );
  });

  it("lets only owners invite owners", async () => {
    const db = testDb();
    const email = uniqueEmail("future-owner");
    await expect(inviteUser({ ctx: await ctxAs(db, "admin"), input: { email, role: "owner" } })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.invitation.count({ where: { email } })).toBe(0);
    const { invitation } = await inviteUser({ ctx: await ctxAs(db, "owner"), input: { email, role: "owner" } });
    expect(invitation.role).toBe("owner");
  });
});
