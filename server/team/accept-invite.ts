import { hashPassword } from "@/server/auth/auth";
import { assertStrongPassword } from "@/server/auth/password-strength";
import { Role } from "@/server/auth/permissions";
import { hashLinkToken } from "@/server/auth/tokens";
import { createPasswordUser, publicUser, userActor } from "@/server/auth/users";
import { recordAudit } from "@/server/audit/record-audit";
import { inTransaction, type Ctx, type Tx } from "@/server/context";
import type { Db } from "@/server/db";
import { ConflictError, parseInput, ValidationError } from "@/server/errors";
import { AcceptInviteInput } from "./schemas";

export type InvitationLookup =
  { state: "valid"; id: string; email: string; role: Role; expiresAt: Date } | { state: "invalid" | "expired" | "accepted" };

/** What the invitation page shows for this token, before anything is submitted. */
export async function findInvitation(db: Db | Tx, token: string | undefined, now = new Date()): Promise<InvitationLookup> {
  if (!token) return { state: "invalid" };
  const row = await db.invitation.findUnique({ where: { tokenHash: hashLinkToken(token) } });
  const role = Role.safeParse(row?.role);
  if (!row || !role.success) return { state: "invalid" };
  if (row.acceptedAt) return { state: "accepted" };
  if (row.expiresAt <= now) return { state: "expired" };
  return { state: "valid", id: row.id, email: row.email, role: role.data, expiresAt: row.expiresAt };
}

/**
 * Turns an invitation into an account with the invited role. Public: the link's token is the
 * authority. Single use: the invitation is claimed, the user created and audited in one transaction.
 */
export async function acceptInvite({ ctx, input, now = new Date() }: { ctx: Ctx; input: AcceptInviteInput; now?: Date }) {
  const data = parseInput(AcceptInviteInput, input);
  // Cheap check first: no password hashing for a link that cannot work.
  const invited = usable(await findInvitation(ctx.db, data.token, now));
  await assertStrongPassword(data.password, [invited.email, data.name]);
  const passwordHash = await hashPassword(data.password);
  return inTransaction(ctx, async (tx) => {
    const invitation = usable(await findInvitation(tx, data.token, now));
    const claimed = await tx.invitation.updateMany({ where: { id: invitation.id, acceptedAt: null }, data: { acceptedAt: now } });
    if (claimed.count !== 1) usable({ state: "accepted" });
    if (await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true } })) {
      throw new ConflictError("An account with this email already exists. Sign in instead.");
    }
    const user = await createPasswordUser(tx, { name: data.name, email: invitation.email, role: invitation.role, passwordHash });
    await recordAudit(
      tx,
      { ...ctx, actor: userActor({ ...user, role: invitation.role }) },
      {
        action: "user.accept-invite",
        entityType: "user",
        entityId: user.id,
        after: { ...publicUser(user), invitationId: invitation.id },
      },
    );
    return publicUser(user);
  });
}

function usable(lookup: InvitationLookup): Extract<InvitationLookup, { state: "valid" }> {
  if (lookup.state === "valid") return lookup;
  const message = {
    expired: "This invitation has expired. Ask an admin for a new one.",
    accepted: "This invitation was already used. Sign in instead.",
    invalid: "This invitation link is not valid (it may have been revoked or replaced). Ask an admin for a new one.",
  }[lookup.state];
  throw ValidationError.field("token", message);
}
