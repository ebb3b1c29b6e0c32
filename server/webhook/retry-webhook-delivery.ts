import { recordAudit } from "@/server/audit/record-audit";
import { authorize, inTransaction, type Ctx } from "@/server/context";
import { NotFoundError, parseInput } from "@/server/errors";
import { RetryWebhookInput } from "./schemas";

/** Sends a failed or given-up delivery again, with the same id and body and a fresh attempt budget. */
export async function retryWebhookDelivery({ ctx, input }: { ctx: Ctx; input: RetryWebhookInput }): Promise<void> {
  authorize(ctx, "webhook:write");
  const { deliveryId } = parseInput(RetryWebhookInput, input);
  await inTransaction(ctx, async (tx) => {
    const result = await tx.delivery.updateMany({
      where: { id: deliveryId, channel: "webhook", state: { in: ["failed", "dead"] } },
      data: { state: "queued", attempts: 0, nextAttemptAt: new Date(), leaseOwner: null, leaseExpiresAt: null },
    });
    if (result.count !== 1) throw NotFoundError.withMessage("No failed webhook delivery with this id");
    await recordAudit(tx, ctx, { action: "webhook.retry", entityType: "delivery", entityId: deliveryId });
  });
}
