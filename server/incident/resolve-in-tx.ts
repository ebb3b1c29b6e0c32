import { refreshComponentStatuses } from "@/server/component/refresh-statuses";
import type { Ctx, Tx } from "@/server/context";
import { ValidationError } from "@/server/errors";
import { finishChange } from "@/server/outbox";
import { endFollowers } from "@/server/subscriber/follow";
import { actorUserId, incidentAudit, recordStatusChanges, unique } from "./rows";

const HELD = ["degraded_performance", "partial_outage", "major_outage"];

type Resolution = {
  at: Date;
  body: string;
  notify: boolean;
  keepStatuses: boolean;
  timeField: string;
  /** The verb's audit action, and how its audit row shows the resolving update. */
  action: string;
  auditUpdate: (update: { id: string; status: string; body: string; displayAt: Date; notify: boolean }) => Record<string, unknown>;
};

/**
 * The resolution both resolveIncident and a "resolved" update perform: close every open window of
 * the incident at `at`, then let components follow (back to operational unless other windows hold
 * them) — or, with keepStatuses, pin degraded components at their current status by hand; then
 * announce it (email per `notify`, webhooks), audit it and publish it.
 */
export async function resolveInTx(tx: Tx, ctx: Ctx, before: Parameters<typeof incidentAudit>[0], resolution: Resolution) {
  const { at } = resolution;
  const incidentId = before.id;
  const open = await tx.degradationWindow.findMany({ where: { incidentId, endedAt: null } });
  const late = open.find((w) => w.startedAt.getTime() >= at.getTime());
  if (late) {
    throw ValidationError.field(
      resolution.timeField,
      `A window of this incident opened at ${late.startedAt.toISOString()}, after this time`,
    );
  }
  const affected = await tx.incidentComponent.findMany({ where: { incidentId }, select: { componentId: true } });
  const componentIds = unique([...open.map((w) => w.componentId), ...affected.map((a) => a.componentId)]);
  let pinned: string[] = [];
  if (resolution.keepStatuses && componentIds.length > 0) {
    const held = await tx.component.findMany({
      where: { id: { in: componentIds }, statusSource: "auto", status: { in: HELD } },
      select: { id: true },
    });
    pinned = held.map((c) => c.id);
    if (pinned.length > 0) await tx.component.updateMany({ where: { id: { in: pinned } }, data: { statusSource: "manual" } });
  }
  await tx.degradationWindow.updateMany({ where: { incidentId, endedAt: null }, data: { endedAt: at } });
  const changes = await refreshComponentStatuses(tx, componentIds);
  const update = await tx.incidentUpdate.create({
    data: { incidentId, status: "resolved", body: resolution.body, displayAt: at, notify: resolution.notify, authorId: actorUserId(ctx) },
  });
  await recordStatusChanges(tx, update.id, changes);
  const incident = await tx.incident.update({ where: { id: incidentId }, data: { status: "resolved", resolvedAt: at } });
  // Emailed, the resolution ends its followers once it has reached them (server/delivery/expand.ts); not emailed, now.
  if (!resolution.notify) await endFollowers(tx, incidentId);
  const closedWindowIds = open.map((w) => w.id);
  await finishChange(tx, ctx, {
    event: { type: "incident.resolved", incidentId, updateId: update.id, notify: resolution.notify },
    audit: {
      action: resolution.action,
      entityType: "incident",
      entityId: incidentId,
      before: incidentAudit(before),
      after: { ...incidentAudit(incident), ...resolution.auditUpdate(update), changes, closedWindowIds, pinned },
    },
  });
  return { incident, update };
}
