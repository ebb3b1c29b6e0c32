import { publicUser } from "@/server/auth/users";
import { recordAudit } from "@/server/audit/record-audit";
import { authorize, inTransaction, type Ctx } from "@/server/context";
import { NotFoundError, parseInput } from "@/server/errors";
import { assertAnotherOwnerRemains, assertMayTouchOwnership } from "./owners";
import { ChangeRoleInput } from "./schemas";

/** Changes a member's role. Only owners grant or remove "owner"; the last owner keeps it. */
export async function changeRole({ ctx, input }: { ctx: Ctx; input: ChangeRoleInput }) {
  authorize(ctx, "team:write");
  const data = parseInput(ChangeRoleInput, input);
  if (data.role === "owner") assertMayTouchOwnership(ctx);
  return inTransaction(ctx, async (tx) => {
    const user = await tx.user.findUnique({ where: { id: data.userId } });
    if (!user) throw NotFoundError.of("User");
    if (user.role === data.role) return publicUser(user);
    if (user.role === "owner") {
      assertMayTouchOwnership(ctx);
      await assertAnotherOwnerRemains(tx, user.id, "demoted");
    }
    const updated = await tx.user.update({ where: { id: user.id }, data: { role: data.role } });
    await recordAudit(tx, ctx, {
      action: "user.change-role",
      entityType: "user",
      entityId: user.id,
      before: publicUser(user),
      after: publicUser(updated),
    });
    return publicUser(updated);
  });
}
