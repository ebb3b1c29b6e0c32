import { assertComponentsExist } from "@/server/component/exists";
import { authorize, inTransaction, type Ctx } from "@/server/context";
import { parseInput, ValidationError } from "@/server/errors";
import { finishChange } from "@/server/outbox";
import { afterPublicChange } from "@/server/public/after-change";
import { assertNotFuture, findIncident, incidentAudit } from "./rows";
import { UpdateIncidentInput } from "./schemas";

/** Corrects title, impact, start or the list of affected components. Never notifies anyone. */
export async function updateIncident({ ctx, input }: { ctx: Ctx; input: UpdateIncidentInput }) {
  authorize(ctx, "incident:write");
  const data = parseInput(UpdateIncidentInput, input);
  const { incident, visible } = await inTransaction(ctx, async (tx) => {
    const before = await findIncident(tx, data.incidentId);
    if (data.startedAt) {
      assertNotFuture(data.startedAt, "startedAt");
      if (before.resolvedAt && data.startedAt >= before.resolvedAt)
        throw ValidationError.field("startedAt", "Start must be before the resolution");
    }
    const beforeIds = before.components.map((c) => c.componentId);
    let afterIds = beforeIds;
    if (data.componentIds) {
      afterIds = data.componentIds;
      await assertComponentsExist(
        tx,
        afterIds.map((componentId, i) => ({ componentId, field: `componentIds.${i}` })),
      );
      const removed = beforeIds.filter((id) => !afterIds.includes(id));
      const withWindows = await tx.degradationWindow.findFirst({
        where: { incidentId: before.id, componentId: { in: removed } },
        select: { component: { select: { name: true } } },
      });
      if (withWindows) {
        throw ValidationError.field(
          "componentIds",
          `${withWindows.component.name} has degradation windows in this incident: delete them first`,
        );
      }
      await tx.incidentComponent.deleteMany({ where: { incidentId: before.id, componentId: { in: removed } } });
      const added = afterIds.filter((id) => !beforeIds.includes(id));
      if (added.length > 0)
        await tx.incidentComponent.createMany({ data: added.map((componentId) => ({ incidentId: before.id, componentId })) });
    }
    const after = await tx.incident.update({
      where: { id: before.id },
      data: { title: data.title, impact: data.impact, startedAt: data.startedAt },
    });
    const visible = Boolean(after.publishedAt);
    await finishChange(tx, ctx, {
      audit: {
        action: "incident.update",
        entityType: "incident",
        entityId: before.id,
        before: { ...incidentAudit(before), componentIds: beforeIds },
        after: { ...incidentAudit(after), componentIds: afterIds },
      },
      visible,
    });
    return { incident: after, visible };
  });
  if (visible) await afterPublicChange(ctx);
  return incident;
}
