import { authorize, type Ctx } from "@/server/context";
import { ConflictError, NotFoundError } from "@/server/errors";
import { logger } from "@/lib/logger";
import { dueMaintenance, isPaused } from "@/server/job-control";
import { completeMaintenance } from "./complete-maintenance";
import { dueTransitions, type DueTransition } from "./due";
import { startMaintenance } from "./start-maintenance";

/**
 * For the worker: applies every due auto-start and auto-complete, each in its own transaction, unless
 * maintenance automation is paused.
 * A transition someone else made first (engineer or another worker) is skipped, not an error.
 */
export async function runDueMaintenance({ ctx, now = new Date() }: { ctx: Ctx; now?: Date }): Promise<DueTransition[]> {
  authorize(ctx, "maintenance:write");
  // The kill switch: due transitions wait (still due) and are applied on the first round after resume.
  if (await isPaused(ctx.db, "maintenance")) return [];
  const candidates = await ctx.db.maintenance.findMany({
    where: dueMaintenance(now),
    select: { id: true, status: true, scheduledStart: true, scheduledEnd: true, autoStart: true, autoComplete: true, cancelledAt: true },
  });
  const applied: DueTransition[] = [];
  for (const due of dueTransitions(candidates, now)) {
    const verb = due.transition === "start" ? startMaintenance : completeMaintenance;
    try {
      await verb({ ctx, input: { maintenanceId: due.maintenanceId }, now });
      applied.push(due);
    } catch (error) {
      if (!(error instanceof ConflictError || error instanceof NotFoundError)) throw error;
      logger.info({ maintenanceId: due.maintenanceId, transition: due.transition }, "maintenance transition already made");
    }
  }
  return applied;
}
