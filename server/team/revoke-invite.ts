import { recordAudit } from "@/server/audit/record-audit";
import { authorize, inTransaction, type Ctx } from "@/server/context";
import { ConflictError, NotFoundError, parseInput } from "@/server/errors";
import { assertMayTouchOwnership } from "./owners";
import { RevokeInviteInput } from "./schemas";

/** Withdraws a pending invitation: its link stops working at once. */
export async function revokeInvite({ ctx, input }: { ctx: Ctx; input: RevokeInviteInput }) {
  authorize(ctx, "team:write");
  const data = parseInput(RevokeInviteInput, input);
  return inTransaction(ctx, async (tx) => {
    const invitation = await tx.invitation.findUnique({
      where: { id: data.invitationId },
      select: { id: true, email: true, role: true, expiresAt: true, acceptedAt: true, createdAt: true },
    });
    if (!invitation) throw NotFoundError.of("Invitation");
    if (invitation.acceptedAt) throw new ConflictError("This invitation was already accepted");
    if (invitation.role === "owner") assertMayTouchOwnership(ctx);
    await tx.invitation.delete({ where: { id: invitation.id } });
    await recordAudit(tx, ctx, { action: "invitation.revoke", entityType: "invitation", entityId: invitation.id, before: invitation });
    return { id: invitation.id };
  });
}
