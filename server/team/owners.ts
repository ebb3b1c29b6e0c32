import { countActiveOwners } from "@/server/auth/users";
import type { Ctx, Tx } from "@/server/context";
import { ConflictError, ForbiddenError } from "@/server/errors";

/** Granting, removing or acting on ownership is for owners (and the system) only. */
export function assertMayTouchOwnership(ctx: Ctx): void {
  const { actor } = ctx;
  if (actor.type === "system") return;
  if ((actor.type === "user" || actor.type === "token") && actor.role === "owner") return;
  throw new ForbiddenError("Only an owner can grant, remove or change ownership");
}

/**
 * Refuses to leave the team without an owner who can sign in. The owner rows are written ("touched")
 * first: that locks them (row locks on PostgreSQL, the write lock on SQLite), so two owners demoting
 * each other at once cannot both still count the other as an owner.
 */
export async function assertAnotherOwnerRemains(tx: Tx, userId: string, what: string): Promise<void> {
  await tx.user.updateMany({ where: { role: "owner" }, data: { role: "owner" } });
  if ((await countActiveOwners(tx, userId)) === 0)
    throw new ConflictError(`The last owner cannot be ${what}. Make someone else an owner first.`);
}
