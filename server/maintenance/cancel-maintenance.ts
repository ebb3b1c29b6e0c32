import { recordAudit } from "@/server/audit/record-audit";
import { refreshComponentStatuses } from "@/server/component/refresh-statuses";
import { authorize, inTransaction, type Ctx } from "@/server/context";
import { ConflictError, parseInput } from "@/server/errors";
import { afterPublicChange } from "@/server/public/after-change";
import { bumpPublicRevision } from "@/server/public/revision";
import { MaintenanceTransitionInput } from "./schemas";
import { readMaintenance } from "./shared";
import { DEFAULT_MESSAGE, FROM, refusal } from "./transitions";
import { queueWebhookEvent } from "@/server/webhook/emit";

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
    await tx.maintenanceUpdate.create({ data: { maintenanceId, status: "cancelled", body: message ?? DEFAULT_MESSAGE.cancel, displayAt: now } });
    if (before.status !== "scheduled") await refreshComponentStatuses(tx, before.componentIds);
    queueWebhookEvent(tx, { type: "maintenance.cancelled", maintenanceId });
    const after = await readMaintenance(tx, maintenanceId);
    await recordAudit(tx, ctx, { action: "maintenance.cancel", entityType: "maintenance", entityId: maintenanceId, before, after });
    await bumpPublicRevision(tx);
    return after;
  });
  await afterPublicChange(ctx);
  return maintenance;
}
