import { refreshComponentStatuses } from "@/server/component/refresh-statuses";
import { authorize, inTransaction, type Ctx } from "@/server/context";
import { ConflictError, parseInput } from "@/server/errors";
import { finishChange } from "@/server/outbox";
import { afterPublicChange } from "@/server/public/after-change";
import { MaintenanceTransitionInput } from "./schemas";
import { readMaintenance } from "./shared";
import { DEFAULT_MESSAGE, FROM, refusal } from "./transitions";

/**
 * Cancels a maintenance that is not over: it leaves the public page, and if it was running its
 * components return to their automatic status.
 */
export async function cancelMaintenance({ ctx, input, now = new Date() }: { ctx: Ctx; input: MaintenanceTransitionInput; now?: Date }) {
  authorize(ctx, "maintenance:write");
  const { maintenanceId, message } = parseInput(MaintenanceTransitionInput, input);
  const maintenance = await inTransaction(ctx, async (tx) => {
    const before = await readMaintenance(tx, maintenanceId);
    const refused = refusal(before, "cancel");
    if (refused) throw new ConflictError(refused);
    const moved = await tx.maintenance.updateMany({
      where: { id: maintenanceId, status: { in: [...FROM.cancel] }, cancelledAt: null },
      data: { cancelledAt: now },
    });
    if (moved.count !== 1) throw new ConflictError("This maintenance changed in the meantime; reload and try again.");
    await tx.maintenanceUpdate.create({
      data: { maintenanceId, status: "cancelled", body: message ?? DEFAULT_MESSAGE.cancel, displayAt: now },
    });
    if (before.status !== "scheduled") await refreshComponentStatuses(tx, before.componentIds);
    const after = await readMaintenance(tx, maintenanceId);
    await finishChange(tx, ctx, {
      event: { type: "maintenance.cancelled", maintenanceId },
      audit: { action: "maintenance.cancel", entityType: "maintenance", entityId: maintenanceId, before, after },
    });
    return after;
  });
  await afterPublicChange(ctx);
  return maintenance;
}
