import { refreshComponentStatuses } from "@/server/component/refresh-statuses";
import { authorize, inTransaction, type Ctx } from "@/server/context";
import { ConflictError, parseInput } from "@/server/errors";
import { finishChange, type OutboxEvent } from "@/server/outbox";
import { afterPublicChange } from "@/server/public/after-change";
import { MaintenanceTransitionInput } from "./schemas";
import { readMaintenance, type MaintenanceRecord } from "./shared";
import { DEFAULT_MESSAGE, FROM, refusal, TO } from "./transitions";

type Step = "start" | "verify" | "complete";

/** What each step announces; the maintenance's own flags decide whether subscribers are emailed. */
const EVENT: Record<Step, (m: MaintenanceRecord) => OutboxEvent> = {
  start: (m) => ({ type: "maintenance.started", maintenanceId: m.id, notify: m.notifyOnStart }),
  verify: (m) => ({ type: "maintenance.verifying", maintenanceId: m.id }),
  complete: (m) => ({ type: "maintenance.completed", maintenanceId: m.id, notify: m.notifyOnEnd }),
};

/**
 * One step along scheduled → in_progress → verifying → completed, in one transaction: the
 * status, an update with the message, component statuses, the announcement per its flag, audit.
 * The status only moves from where the step allows, so a worker and an engineer racing cannot both win.
 */
export async function advanceMaintenance(
  step: Step,
  { ctx, input, now = new Date() }: { ctx: Ctx; input: MaintenanceTransitionInput; now?: Date },
) {
  authorize(ctx, "maintenance:write");
  const { maintenanceId, message } = parseInput(MaintenanceTransitionInput, input);
  const maintenance = await inTransaction(ctx, async (tx) => {
    const before = await readMaintenance(tx, maintenanceId);
    const refused = refusal(before, step);
    if (refused) throw new ConflictError(refused);
    const status = TO[step];
    const times = step === "start" ? { startedAt: now } : step === "complete" ? { completedAt: now } : {};
    const moved = await tx.maintenance.updateMany({
      where: { id: maintenanceId, status: { in: [...FROM[step]] }, cancelledAt: null },
      data: { status, ...times },
    });
    if (moved.count !== 1) throw new ConflictError("This maintenance changed in the meantime; reload and try again.");
    await tx.maintenanceUpdate.create({ data: { maintenanceId, status, body: message ?? DEFAULT_MESSAGE[step], displayAt: now } });
    await refreshComponentStatuses(tx, before.componentIds);
    const after = await readMaintenance(tx, maintenanceId);
    await finishChange(tx, ctx, {
      event: EVENT[step](before),
      audit: { action: `maintenance.${step}`, entityType: "maintenance", entityId: maintenanceId, before, after },
    });
    return after;
  });
  await afterPublicChange(ctx);
  return maintenance;
}
