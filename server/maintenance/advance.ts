import { recordAudit } from "@/server/audit/record-audit";
import { refreshComponentStatuses } from "@/server/component/refresh-statuses";
import { authorize, inTransaction, type Ctx } from "@/server/context";
import { ConflictError, parseInput } from "@/server/errors";
import { announce, type AnnouncementKind } from "@/server/notify/announce";
import { afterPublicChange } from "@/server/public/after-change";
import { bumpPublicRevision } from "@/server/public/revision";
import { MaintenanceTransitionInput } from "./schemas";
import { readMaintenance } from "./shared";
import { DEFAULT_MESSAGE, FROM, refusal, TO } from "./transitions";
import { queueWebhookEvent } from "@/server/webhook/emit";

type Step = "start" | "verify" | "complete";

const ANNOUNCE: Record<Step, { kind: AnnouncementKind; flag: "notifyOnStart" | "notifyOnEnd" } | null> = {
  start: { kind: "maintenance_started", flag: "notifyOnStart" },
  verify: null,
  complete: { kind: "maintenance_completed", flag: "notifyOnEnd" },
};

const WEBHOOK_EVENT = { start: "maintenance.started", verify: "maintenance.verifying", complete: "maintenance.completed" } as const;

/**
 * One step along scheduled → in_progress → verifying → completed, in one transaction: the
 * status, an update with the message, component statuses, the announcement per its flag, audit.
 * The status only moves from where the step allows, so a worker and an engineer racing cannot both win.
 */
export async function advanceMaintenance(step: Step, { ctx, input, now = new Date() }: { ctx: Ctx; input: MaintenanceTransitionInput; now?: Date }) {
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
    const notice = ANNOUNCE[step];
    if (notice && before[notice.flag]) await announce(tx, { kind: notice.kind, maintenanceId });
    queueWebhookEvent(tx, { type: WEBHOOK_EVENT[step], maintenanceId });
    const after = await readMaintenance(tx, maintenanceId);
    await recordAudit(tx, ctx, { action: `maintenance.${step}`, entityType: "maintenance", entityId: maintenanceId, before, after });
    await bumpPublicRevision(tx);
    return after;
  });
  await afterPublicChange(ctx);
  return maintenance;
}
