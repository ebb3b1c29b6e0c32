import { recordAudit } from "@/server/audit/record-audit";
import { authorize, inTransaction, type Ctx } from "@/server/context";
import { parseInput } from "@/server/errors";
import { NotificationIdInput, RetryFailedInput } from "./schemas";

// Suppressed subscribers (bounced, complained, unsubscribed) stay excluded: retrying never mails
// someone who asked not to be mailed or whose address bounced.
const retryable = (notificationId: string) => ({
  notificationId,
  state: { in: ["failed", "dead"] },
  OR: [{ subscriberId: null }, { subscriber: { status: { in: ["active", "pending"] } } }],
});

/** How many of an event's failures a retry would queue again (the button says this number). */
export async function countRetryable({ ctx, input }: { ctx: Ctx; input: NotificationIdInput }): Promise<number> {
  authorize(ctx, "admin:read");
  const { notificationId } = parseInput(NotificationIdInput, input);
  return ctx.db.delivery.count({ where: retryable(notificationId) });
}

export type RetryReport = { requeued: number; notRetried: number };

/**
 * Puts an event's failed and dead deliveries back in the queue with a fresh attempt budget and
 * reports exactly how many rows it changed, and how many failures it left alone (suppressed).
 */
export async function retryFailedDeliveries({ ctx, input }: { ctx: Ctx; input: RetryFailedInput }): Promise<RetryReport> {
  authorize(ctx, "subscriber:write");
  const { notificationId } = parseInput(RetryFailedInput, input);
  return inTransaction(ctx, async (tx) => {
    const result = await tx.delivery.updateMany({
      where: retryable(notificationId),
      data: { state: "queued", attempts: 0, nextAttemptAt: new Date(), leaseOwner: null, leaseExpiresAt: null },
    });
    const notRetried = await tx.delivery.count({ where: { notificationId, state: { in: ["failed", "dead"] } } });
    await recordAudit(tx, ctx, {
      action: "delivery.retry-failed",
      entityType: "notification",
      entityId: notificationId,
      after: { requeued: result.count, notRetried },
    });
    return { requeued: result.count, notRetried };
  });
}
