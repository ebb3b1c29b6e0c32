import { recordAudit } from "@/server/audit/record-audit";
import { authorize, inTransaction, type Ctx } from "@/server/context";
import { NotFoundError, parseInput } from "@/server/errors";
import { auditShape } from "./audit-shape";
import { SubscriberIdInput } from "./schemas";

/** Deletes a subscriber. Their deliveries stay as history (the foreign key is set to null). */
export async function removeSubscriber({ ctx, input }: { ctx: Ctx; input: SubscriberIdInput }): Promise<void> {
  authorize(ctx, "subscriber:write");
  const { subscriberId } = parseInput(SubscriberIdInput, input);
  await inTransaction(ctx, async (tx) => {
    const subscriber = await tx.subscriber.findUnique({ where: { id: subscriberId } });
    if (!subscriber) throw NotFoundError.of("Subscriber");
    await tx.subscriber.delete({ where: { id: subscriberId } });
    await recordAudit(tx, ctx, {
      action: "subscriber.remove",
      entityType: "subscriber",
      entityId: subscriberId,
      before: auditShape(subscriber),
    });
  });
}
