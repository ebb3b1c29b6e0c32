import { refreshComponentStatuses } from "@/server/component/refresh-statuses";
import { authorize, inTransaction, type Ctx } from "@/server/context";
import { ConflictError, parseInput, ValidationError } from "@/server/errors";
import { finishChange } from "@/server/outbox";
import { afterPublicChange } from "@/server/public/after-change";
import { UpdateMaintenanceInput } from "./schemas";
import { assertMaintenanceComponentsExist, readMaintenance } from "./shared";
import { refusal } from "./transitions";

/** Edits a maintenance that is not over; keys left out keep their value. Nobody is notified. */
export async function updateMaintenance({ ctx, input, now = new Date() }: { ctx: Ctx; input: UpdateMaintenanceInput; now?: Date }) {
  authorize(ctx, "maintenance:write");
  const { maintenanceId, componentIds, ...changes } = parseInput(UpdateMaintenanceInput, input);
  const maintenance = await inTransaction(ctx, async (tx) => {
    const before = await readMaintenance(tx, maintenanceId);
    const refused = refusal(before, "edit");
    if (refused) throw new ConflictError(refused);
    const start = changes.scheduledStart ?? before.scheduledStart;
    const end = changes.scheduledEnd ?? before.scheduledEnd;
    if (end <= start) throw ValidationError.field("scheduledEnd", "End must be after the start");
    if (before.status === "scheduled" && changes.scheduledEnd && end <= now) {
      throw ValidationError.field("scheduledEnd", "End must be in the future");
    }
    if (componentIds) {
      await assertMaintenanceComponentsExist(tx, componentIds);
      await tx.maintenanceComponent.deleteMany({ where: { maintenanceId, componentId: { notIn: componentIds } } });
      const kept = new Set(before.componentIds);
      const added = componentIds.filter((id) => !kept.has(id));
      if (added.length) await tx.maintenanceComponent.createMany({ data: added.map((componentId) => ({ maintenanceId, componentId })) });
    }
    await tx.maintenance.update({ where: { id: maintenanceId }, data: changes });
    // While it runs, components added or removed change status at once.
    if (componentIds && before.status !== "scheduled") await refreshComponentStatuses(tx, [...before.componentIds, ...componentIds]);
    const after = await readMaintenance(tx, maintenanceId);
    await finishChange(tx, ctx, {
      audit: { action: "maintenance.update", entityType: "maintenance", entityId: maintenanceId, before, after },
    });
    return after;
  });
  await afterPublicChange(ctx);
  return maintenance;
}
