import { recordAudit } from "@/server/audit/record-audit";
import { refreshComponentStatuses } from "@/server/component/refresh-statuses";
import { authorize, inTransaction, type Ctx } from "@/server/context";
import { ConflictError, parseInput } from "@/server/errors";
import { announce } from "@/server/notify/announce";
import { afterPublicChange } from "@/server/public/after-change";
import { bumpPublicRevision } from "@/server/public/revision";
import { deriveIncidentStatus, latestUpdate } from "./derive-status";
import { findIncident, incidentAudit, recordStatusChanges, unique } from "./rows";
import { PublishIncidentInput } from "./schemas";
import { queueWebhookEvent } from "@/server/webhook/emit";

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
    const changes = await refreshComponentStatuses(tx, unique([...windows.map((w) => w.componentId), ...before.components.map((c) => c.componentId)]));
    await recordStatusChanges(tx, first.id, changes);
    const notificationId = notify ? await announce(tx, { kind: "incident_published", incidentId: before.id, updateId: first.id }) : null;
    queueWebhookEvent(tx, { type: "incident.created", incidentId: before.id });
    await recordAudit(tx, ctx, {
      action: "incident.publish",
      entityType: "incident",
      entityId: before.id,
      before: incidentAudit(before),
      after: { ...incidentAudit(after), changes, notificationId },
    });
    await bumpPublicRevision(tx);
    return after;
  });
  await afterPublicChange(ctx);
  return incident;
}
