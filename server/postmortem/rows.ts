import type { Ctx, Tx } from "@/server/context";
import { NotFoundError } from "@/server/errors";
import { lockIncident } from "@/server/incident/rows";
import { finishChange, type OutboxEvent } from "@/server/outbox";

export async function findPostmortem(tx: Tx, incidentId: string) {
  await lockIncident(tx, incidentId);
  const postmortem = await tx.postmortem.findUnique({ where: { incidentId }, include: { incident: { select: { publishedAt: true } } } });
  if (!postmortem) throw NotFoundError.of("Postmortem");
  return postmortem;
}

export const postmortemAudit = (p: { id: string; incidentId: string; body: string; publishedAt: Date | null; notify: boolean }) => ({
  id: p.id,
  incidentId: p.incidentId,
  body: p.body,
  publishedAt: p.publishedAt,
  notify: p.notify,
});

type Postmortem = Parameters<typeof postmortemAudit>[0];

/** The end of every postmortem write: its audit row (before → after) and, when given, the event to announce. */
export async function finishPostmortemChange(
  tx: Tx,
  ctx: Ctx,
  change: { action: string; before: Postmortem | null; after: Postmortem; event?: OutboxEvent; visible?: boolean },
): Promise<void> {
  const { before, after } = change;
  await finishChange(tx, ctx, {
    event: change.event,
    audit: {
      action: change.action,
      entityType: "postmortem",
      entityId: after.id,
      before: before ? postmortemAudit(before) : undefined,
      after: postmortemAudit(after),
    },
    visible: change.visible,
  });
}
