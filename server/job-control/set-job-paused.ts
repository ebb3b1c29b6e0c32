import type { PauseReport } from "@/lib/domain/job-classes";
import { actorLabel, authorize, inTransaction, type Ctx } from "@/server/context";
import { recordAudit } from "@/server/audit/record-audit";
import { parseInput } from "@/server/errors";
import { SetJobPausedInput } from "./schemas";
import { countWaiting } from "./waiting";

/**
 * The kill switch of one job class: workers stop claiming its work; what is queued waits, nothing
 * is lost. Reports whether it changed anything and how much work waits (or is now released).
 */
export async function setJobPaused({ ctx, input }: { ctx: Ctx; input: SetJobPausedInput }): Promise<PauseReport> {
  authorize(ctx, "settings:write");
  const { jobClass, paused, reason = null } = parseInput(SetJobPausedInput, input);
  return inTransaction(ctx, async (tx) => {
    // Write first: on SQLite a transaction that reads and then writes fails (SQLITE_BUSY_SNAPSHOT)
    // when a worker commits in between; an UPDATE, even of no row, takes the write lock up front
    // (on PostgreSQL it locks the row, so two admins toggling are serialized).
    await tx.jobControl.updateMany({ where: { jobClass }, data: { jobClass } });
    const before = await tx.jobControl.findUnique({ where: { jobClass } });
    const state = { paused, reason, updatedBy: actorLabel(ctx.actor) };
    const after = await tx.jobControl.upsert({ where: { jobClass }, create: { jobClass, ...state }, update: state });
    const changed = (before?.paused ?? false) !== after.paused;
    const waiting = await countWaiting(tx, jobClass);
    await recordAudit(tx, ctx, {
      action: paused ? "job.pause" : "job.resume",
      entityType: "job",
      entityId: jobClass,
      before,
      after: { ...after, changed, waiting },
    });
    return { jobClass, paused: after.paused, changed, reason: after.reason, waiting };
  });
}
