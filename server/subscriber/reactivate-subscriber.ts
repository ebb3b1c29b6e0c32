import { recordAudit } from "@/server/audit/record-audit";
import { authorize, inTransaction, type Ctx } from "@/server/context";
import { ConflictError, NotFoundError, parseInput } from "@/server/errors";
import { auditShape } from "./audit-shape";
import { SubscriberIdInput } from "./schemas";

/** Lifts a suppression (the address works again): bounced or complained → active. */
export async function reactivateSubscriber({ ctx, input }: { ctx: Ctx; input: SubscriberIdInput }) {
  authorize(ctx, "subscriber:write");
  const { subscriberId } = parseInput(SubscriberIdInput, input);
  return inTransaction(ctx, async (tx) => {
    const before = await tx.subscriber.findUnique({ where: { id: subscriberId } });
    if (!before) throw NotFoundError.of("Subscriber");
    if (before.status !== "bounced" && before.status !== "complained") {
      // Unsubscribed is the person's own choice: only they can undo it.
      throw new ConflictError(`Only a suppressed (bounced or complained) subscriber can be reactivated; this one is ${before.status}`);
    }
    const now = new Date();
    const after = await tx.subscriber.update({
      where: { id: subscriberId },
      data: { status: "active", suppressedAt: null, suppressReason: null, confirmedAt: before.confirmedAt ?? now, activatedAt: now },
    });
    await recordAudit(tx, ctx, {
      action: "subscriber.reactivate",
      entityType: "subscriber",
      entityId: after.id,
      before: auditShape(before),
      after: auditShape(after),
    });
    return { id: after.id, status: after.status };
  });
}
