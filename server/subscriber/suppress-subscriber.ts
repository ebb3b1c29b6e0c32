import { recordAudit } from "@/server/audit/record-audit";
import { actorLabel, authorize, inTransaction, type Ctx } from "@/server/context";
import { NotFoundError, parseInput } from "@/server/errors";
import { auditShape } from "./audit-shape";
import { SuppressSubscriberInput } from "./schemas";

/** Stops all mail to an address (marked bounced or complained) without deleting it. */
export async function suppressSubscriber({ ctx, input }: { ctx: Ctx; input: SuppressSubscriberInput }) {
  authorize(ctx, "subscriber:write");
  const data = parseInput(SuppressSubscriberInput, input);
  return inTransaction(ctx, async (tx) => {
    const before = await tx.subscriber.findUnique({ where: { id: data.subscriberId } });
    if (!before) throw NotFoundError.of("Subscriber");
    const after = await tx.subscriber.update({
      where: { id: data.subscriberId },
      data: {
        status: data.status,
        suppressedAt: new Date(),
        suppressReason: data.reason ?? `Suppressed by ${actorLabel(ctx.actor)}`,
        confirmNonce: null,
        confirmExpiresAt: null,
      },
    });
    await recordAudit(tx, ctx, {
      action: "subscriber.suppress",
      entityType: "subscriber",
      entityId: after.id,
      before: auditShape(before),
      after: auditShape(after),
    });
    return { id: after.id, status: after.status };
  });
}
