import type { Ctx, Tx } from "@/server/context";
import { ValidationError } from "@/server/errors";
import { refreshComponentStatuses } from "@/server/component/refresh-statuses";
import { actorUserId, recordStatusChanges, unique } from "./rows";

const HELD = ["degraded_performance", "partial_outage", "major_outage"];

type Resolution = { at: Date; body: string; notify: boolean; keepStatuses: boolean; timeField: string };

/**
 * The resolution both resolveIncident and a "resolved" update perform: close every open window of
 * the incident at `at`, then let components follow (back to operational unless other windows hold
 * them) — or, with keepStatuses, pin degraded components at their current status by hand.
 */
export async function resolveInTx(tx: Tx, ctx: Ctx, incidentId: string, resolution: Resolution) {
  const { at } = resolution;
  const open = await tx.degradationWindow.findMany({ where: { incidentId, endedAt: null } });
  const late = open.find((w) => w.startedAt.getTime() >= at.getTime());
  if (late) {
    throw ValidationError.field(resolution.timeField, `A window of this incident opened at ${late.startedAt.toISOString()}, after this time`);
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
  return { incident, update, changes, closedWindowIds: open.map((w) => w.id), pinned };
}
