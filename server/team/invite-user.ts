import { env } from "@/lib/env";
import { recordAudit } from "@/server/audit/record-audit";
import { hashLinkToken, newLinkToken } from "@/server/auth/tokens";
import { actorLabel, authorize, inTransaction, type Ctx } from "@/server/context";
import { parseInput, ValidationError } from "@/server/errors";
import { queueInvitationEmail } from "./invite-delivery";
import { assertMayTouchOwnership } from "./owners";
import { InviteUserInput } from "./schemas";

const INVITE_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export const invitationUrl = (token: string) => `${env.baseUrl}/admin/invite?token=${encodeURIComponent(token)}`;

/**
 * Invites someone by link (valid 7 days, single use; only its hash is stored). Inviting the same
 * address again replaces the pending invitation. Returns the link to copy; it is shown once.
 */
export async function inviteUser({ ctx, input, now = new Date() }: { ctx: Ctx; input: InviteUserInput; now?: Date }) {
  authorize(ctx, "team:write");
  const data = parseInput(InviteUserInput, input);
  if (data.role === "owner") assertMayTouchOwnership(ctx);
  const token = newLinkToken();
  const link = invitationUrl(token);
  return inTransaction(ctx, async (tx) => {
    if (await tx.user.findUnique({ where: { email: data.email }, select: { id: true } })) {
      throw ValidationError.field("email", "Someone with this email is already on the team");
    }
    const replaced = await tx.invitation.findMany({ where: { email: data.email, acceptedAt: null }, select: { id: true } });
    await tx.invitation.deleteMany({ where: { id: { in: replaced.map((r) => r.id) } } });
    const invitation = await tx.invitation.create({
      data: {
        email: data.email,
        role: data.role,
        tokenHash: hashLinkToken(token),
        expiresAt: new Date(now.getTime() + INVITE_TTL_MS),
        invitedById: ctx.actor.type === "user" ? ctx.actor.id : null,
      },
      select: { id: true, email: true, role: true, expiresAt: true, createdAt: true },
    });
    const emailed = await queueInvitationEmail(tx, { ...invitation, link, invitedBy: actorLabel(ctx.actor) });
    await recordAudit(tx, ctx, {
      action: "invitation.create",
      entityType: "invitation",
      entityId: invitation.id,
      after: { ...invitation, emailed, replaced: replaced.map((r) => r.id) },
    });
    return { invitation, link, emailed };
  });
}
