import { authorize, inTransaction, type Ctx } from "@/server/context";
import { NotFoundError, parseInput } from "@/server/errors";
import { finishChange } from "@/server/outbox";
import { afterPublicChange } from "@/server/public/after-change";
import { refreshComponentStatuses } from "./refresh-statuses";
import { SetComponentStatusInput } from "./schemas";

const statusSelect = { id: true, status: true, statusSource: true } as const;

/**
 * Sets a component's status by hand (it then stays until released), or with `status: null`
 * hands it back to its open windows and running maintenance.
 */
export async function setComponentStatus({ ctx, input }: { ctx: Ctx; input: SetComponentStatusInput }) {
  authorize(ctx, "component:status");
  const { componentId, status } = parseInput(SetComponentStatusInput, input);
  const after = await inTransaction(ctx, async (tx) => {
    const before = await tx.component.findUnique({ where: { id: componentId }, select: statusSelect });
    if (!before) throw NotFoundError.of("Component");
    if (status) {
      await tx.component.update({ where: { id: componentId }, data: { status, statusSource: "manual" } });
    } else {
      await tx.component.update({ where: { id: componentId }, data: { statusSource: "auto" } });
      await refreshComponentStatuses(tx, [componentId]);
    }
    const after = await tx.component.findUniqueOrThrow({ where: { id: componentId }, select: statusSelect });
    await finishChange(tx, ctx, {
      event:
        after.status !== before.status
          ? { type: "component.status_changed", componentId, oldStatus: before.status, newStatus: after.status, at: new Date() }
          : null,
      audit: { action: "component.set_status", entityType: "component", entityId: componentId, before, after },
    });
    return after;
  });
  await afterPublicChange(ctx);
  return after;
}
