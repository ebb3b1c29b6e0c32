import { describe, expect, it } from "vitest";
import { uniqueEmail } from "@/test/fixtures/auth";
import { ConflictError, ForbiddenError, NotFoundError } from "@/server/errors";
import { anonymousCtx, ctxAs } from "@/test/actors";
import { testDb } from "@/test/db";
import { acceptInvite } from "./accept-invite";
import { inviteUser } from "./invite-user";
import { revokeInvite } from "./revoke-invite";

describe("revokeInvite", () => {
  it("deletes a pending invitation and audits what it was", async () => {
    const db = testDb();
    const admin = await ctxAs(db, "admin");
    const { invitation } = await inviteUser({ ctx: admin, input: { email: uniqueEmail("revoked"), role: "viewer" } });
    await revokeInvite({ ctx: admin, input: { invitationId: invitation.id } });
    expect(await db.invitation.findUnique({ where: { id: invitation.id } })).toBeNull();
    const actions = (await db.auditLog.findMany({ where: { entityId: invitation.id }, orderBy: { createdAt: "asc" } })).map(
      (a) => a.action,
    );
    expect(actions).toEqual(["invitation.create", "invitation.revoke"]);
  });

  it("refuses accepted, unknown and (for admins) owner invitations", async () => {
    const db = testDb();
    const admin = await ctxAs(db, "admin");
    const owner = await ctxAs(db, "owner");
    const accepted = await inviteUser({ ctx: admin, input: { email: uniqueEmail("accepted"), role: "viewer" } });
    const password = "twelve chars at least";
    await acceptInvite({
      ctx: anonymousCtx(db),
      input: { token: new URL(accepted.link).searchParams.get("token")!, name: "A", password, confirmPassword: password },
    });
    await expect(revokeInvite({ ctx: admin, input: { invitationId: accepted.invitation.id } })).rejects.toBeInstanceOf(ConflictError);
    await expect(revokeInvite({ ctx: admin, input: { invitationId: "missing" } })).rejects.toBeInstanceOf(NotFoundError);
    const ownerInvite = await inviteUser({ ctx: owner, input: { email: uniqueEmail("owner-invite"), role: "owner" } });
    await expect(revokeInvite({ ctx: admin, input: { invitationId: ownerInvite.invitation.id } })).rejects.toBeInstanceOf(ForbiddenError);
    await revokeInvite({ ctx: owner, input: { invitationId: ownerInvite.invitation.id } });
  });
});
