import { authorize, inTransaction, type Ctx } from "@/server/context";
import { parseInput, ValidationError } from "@/server/errors";
import { finishChange } from "@/server/outbox";
import { afterPublicChange } from "@/server/public/after-change";
import { ScheduleMaintenanceInput } from "./schemas";
import { assertMaintenanceComponentsExist, maintenanceSlug, readMaintenance } from "./shared";
import { DEFAULT_MESSAGE } from "./transitions";

/** Schedules and publishes a maintenance at once; subscribers are told when `notifyOnSchedule`. */
export async function scheduleMaintenance({ ctx, input, now = new Date() }: { ctx: Ctx; input: ScheduleMaintenanceInput; now?: Date }) {
  authorize(ctx, "maintenance:write");
  const { componentIds, ...data } = parseInput(ScheduleMaintenanceInput, input);
  if (data.scheduledEnd <= now) throw ValidationError.field("scheduledEnd", "End must be in the future");
  const maintenance = await inTransaction(ctx, async (tx) => {
    await assertMaintenanceComponentsExist(tx, componentIds);
    const created = await tx.maintenance.create({
      data: {
        ...data,
        slug: maintenanceSlug(data.title),
        status: "scheduled",
        publishedAt: now,
        createdById: ctx.actor.type === "user" ? ctx.actor.id : null,
        components: { create: componentIds.map((componentId) => ({ componentId })) },
        updates: { create: { status: "scheduled", body: DEFAULT_MESSAGE.schedule, displayAt: now } },
      },
      select: { id: true },
    });
    const after = await readMaintenance(tx, created.id);
    await finishChange(tx, ctx, {
      event: { type: "maintenance.scheduled", maintenanceId: created.id, notify: data.notifyOnSchedule },
      audit: { action: "maintenance.schedule", entityType: "maintenance", entityId: created.id, after },
    });
    return after;
  });
  await afterPublicChange(ctx);
  return maintenance;
}
