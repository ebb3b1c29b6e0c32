import { recordAudit } from "@/server/audit/record-audit";
import { refreshComponentStatuses } from "@/server/component/refresh-statuses";
import { authorize, inTransaction, type Ctx } from "@/server/context";
import { parseInput, ValidationError } from "@/server/errors";
import { ensureAffected, lockIncident } from "@/server/incident/rows";
import { afterPublicChange } from "@/server/public/after-change";
import { bumpPublicRevision } from "@/server/public/revision";
import { assertClosedIfResolved, assertWindowFits, windowAudit } from "./rows";
import { AddWindowInput } from "./schemas";

/** Adds a degradation window (open or closed) for one component of an incident. */
export async function addWindow({ ctx, input }: { ctx: Ctx; input: AddWindowInput }) {
  authorize(ctx, "incident:write");
  const data = parseInput(AddWindowInput, input);
  const { window, visible } = await inTransaction(ctx, async (tx) => {
    await lockIncident(tx, data.incidentId);
    const incident = await tx.incident.findUniqueOrThrow({ where: { id: data.incidentId }, select: { id: true, publishedAt: true, resolvedAt: true } });
    if (!(await tx.component.findUnique({ where: { id: data.componentId }, select: { id: true } }))) {
      throw ValidationError.field("componentId", "This component does not exist");
    }
    assertClosedIfResolved(incident, data.endedAt);
    await assertWindowFits(tx, data);
    const window = await tx.degradationWindow.create({ data });
    await ensureAffected(tx, incident.id, [data.componentId]);
    const changes = await refreshComponentStatuses(tx, [data.componentId]);
    await recordAudit(tx, ctx, { action: "window.create", entityType: "degradation_window", entityId: window.id, after: { ...windowAudit(window), changes } });
    const visible = Boolean(incident.publishedAt);
    if (visible) await bumpPublicRevision(tx);
    return { window, visible };
  });
  if (visible) await afterPublicChange(ctx);
  return window;
}
