import { z } from "zod";
import { recordAudit } from "@/server/audit/record-audit";
import { authorize, inTransaction, type Ctx } from "@/server/context";
import { parseInput } from "@/server/errors";

export const RetryFailedInput = z.object({ notificationId: z.string().min(1, "Choose an event") });

/**
 * Puts an event's failed and dead deliveries back in the queue with a fresh attempt budget.
 * Suppressed subscribers (bounced, complained, unsubscribed) stay excluded: retrying never
 * mails someone who asked not to be mailed or whose address bounced.
 */
export async function retryFailedDeliveries({ ctx, input }: { ctx: Ctx; input: z.input<typeof RetryFailedInput> }) {
  authorize(ctx, "subscriber:write");
  const { notificationId } = parseInput(RetryFailedInput, input);
  return inTransaction(ctx, async (tx) => {
    const result = await tx.delivery.updateMany({
      where: {
        notificationId,
        state: { in: ["failed", "dead"] },
        OR: [{ subscriberId: null }, { subscriber: { status: { in: ["active", "pending"] } } }],
      },
      data: { state: "queued", attempts: 0, nextAttemptAt: new Date(), leaseOwner: null, leaseExpiresAt: null },
    });
    await recordAudit(tx, ctx, { action: "delivery.retry-failed", entityType: "notification", entityId: notificationId, after: { requeued: result.count } });
    return { requeued: result.count };
  });
}
