import { publicUser } from "@/server/auth/users";
import { recordAudit } from "@/server/audit/record-audit";
import { authorize, inTransaction, type Ctx } from "@/server/context";
import { ConflictError, NotFoundError, parseInput } from "@/server/errors";
import { assertAnotherOwnerRemains, assertMayTouchOwnership } from "./owners";
import { UserIdInput } from "./schemas";

/** Stops a member from signing in and ends their sessions at once. Their history stays attributed. */
export async function disableUser({ ctx, input, now = new Date() }: { ctx: Ctx; input: UserIdInput; now?: Date }) {
  authorize(ctx, "team:write");
  const data = parseInput(UserIdInput, input);
  return inTransaction(ctx, async (tx) => {
    const user = await tx.user.findUnique({ where: { id: data.userId } });
    if (!user) throw NotFoundError.of("User");
    if (ctx.actor.type === "user" && ctx.actor.id === user.id) throw new ConflictError("You cannot disable your own account");
    if (user.disabledAt) return publicUser(user);
    if (user.role === "owner") {
      assertMayTouchOwnership(ctx);
      await assertAnotherOwnerRemains(tx, user.id, "disabled");
    }
    const updated = await tx.user.update({ where: { id: user.id }, data: { disabledAt: now } });
    const revoked = await tx.session.deleteMany({ where: { userId: user.id } });
    await recordAudit(tx, ctx, {
      action: "user.disable",
      entityType: "user",
      entityId: user.id,
      before: publicUser(user),
      after: { ...publicUser(updated), sessionsRevoked: revoked.count },
    });
    return publicUser(updated);
  });
}
