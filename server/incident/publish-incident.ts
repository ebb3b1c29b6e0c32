import { refreshComponentStatuses } from "@/server/component/refresh-statuses";
import { authorize, inTransaction, type Ctx } from "@/server/context";
import { ConflictError, parseInput } from "@/server/errors";
import { finishChange } from "@/server/outbox";
import { afterPublicChange } from "@/server/public/after-change";
import { deriveIncidentStatus, latestUpdate } from "./derive-status";
import { findIncident, incidentAudit, recordStatusChanges, unique } from "./rows";
import { PublishIncidentInput } from "./schemas";

/** Draft → published: its first update goes out now, its windows start to count, subscribers are told. */
export async function publishIncident({ ctx, input }: { ctx: Ctx; input: PublishIncidentInput }) {
  authorize(ctx, "incident:write");
  const data = parseInput(PublishIncidentInput, input);
  const incident = await inTransaction(ctx, async (tx) => {
    const before = await findIncident(tx, data.incidentId);
    if (before.publishedAt) throw new ConflictError("This incident is already published");
    const first = latestUpdate(before.updates);
    if (!first) throw new ConflictError("This draft has no update to publish");
    const now = new Date();
    const notify = data.notify ?? first.notify;
    await tx.incidentUpdate.update({ where: { id: first.id }, data: { displayAt: now, notify } });
    const status = deriveIncidentStatus([{ ...first, displayAt: now }]);
    const after = await tx.incident.update({
      where: { id: before.id },
      data: { publishedAt: now, status, monitoringAt: status === "monitoring" ? now : before.monitoringAt },
    });
    const windows = await tx.degradationWindow.findMany({ where: { incidentId: before.id, endedAt: null }, select: { componentId: true } });
    const changes = await refreshComponentStatuses(
      tx,
      unique([...windows.map((w) => w.componentId), ...before.components.map((c) => c.componentId)]),
    );
    await recordStatusChanges(tx, first.id, changes);
    await finishChange(tx, ctx, {
      event: { type: "incident.created", incidentId: before.id, updateId: first.id, notify },
      audit: {
        action: "incident.publish",
        entityType: "incident",
        entityId: before.id,
        before: incidentAudit(before),
        after: { ...incidentAudit(after), changes },
      },
    });
    return after;
  });
  await afterPublicChange(ctx);
  return incident;
}
