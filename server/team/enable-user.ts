import { publicUser } from "@/server/auth/users";
import { recordAudit } from "@/server/audit/record-audit";
import { authorize, inTransaction, type Ctx } from "@/server/context";
import { NotFoundError, parseInput } from "@/server/errors";
import { assertMayTouchOwnership } from "./owners";
import { UserIdInput } from "./schemas";

/** Lets a disabled member sign in again (with their existing password). */
export async function enableUser({ ctx, input }: { ctx: Ctx; input: UserIdInput }) {
  authorize(ctx, "team:write");
  const data = parseInput(UserIdInput, input);
  return inTransaction(ctx, async (tx) => {
    const user = await tx.user.findUnique({ where: { id: data.userId } });
    if (!user) throw NotFoundError.of("User");
    if (!user.disabledAt) return publicUser(user);
    if (user.role === "owner") assertMayTouchOwnership(ctx);
    const updated = await tx.user.update({ where: { id: user.id }, data: { disabledAt: null } });
    await recordAudit(tx, ctx, {
      action: "user.enable",
      entityType: "user",
      entityId: user.id,
      before: publicUser(user),
      after: publicUser(updated),
    });
    return publicUser(updated);
  });
}
