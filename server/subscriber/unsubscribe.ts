import { inTransaction, type Ctx } from "@/server/context";
import { NotFoundError, parseInput } from "@/server/errors";
import { findByManageToken } from "./find-by-token";
import { ManageTokenInput } from "./schemas";

/**
 * Unsubscribes by link token: idempotent, and never deletes (the row keeps the opt-out on record).
 * A pending confirmation is spent too; a suppressed (bounced, complained) address stays suppressed.
 */
export async function unsubscribe({ ctx, input }: { ctx: Ctx; input: ManageTokenInput }): Promise<{ email: string; status: string }> {
  const { manageToken } = parseInput(ManageTokenInput, input);
  return inTransaction(ctx, async (tx) => {
    const subscriber = await findByManageToken(tx, manageToken, { id: true, email: true, status: true });
    if (!subscriber) throw NotFoundError.of("Subscription");
    if (subscriber.status !== "active" && subscriber.status !== "pending") return { email: subscriber.email, status: subscriber.status };
    await tx.subscriber.update({
      where: { id: subscriber.id },
      data: { status: "unsubscribed", unsubscribedAt: new Date(), confirmNonce: null, confirmExpiresAt: null },
    });
    return { email: subscriber.email, status: "unsubscribed" };
  });
}
