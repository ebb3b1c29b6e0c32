import { actorLabel, authorize, inTransaction, type Ctx } from "@/server/context";
import { recordAudit } from "@/server/audit/record-audit";
import { parseInput } from "@/server/errors";
import { SetPausedInput } from "./schemas";

export type PauseReport = { paused: boolean; changed: boolean; reason: string | null; waiting: number };

/**
 * The kill switch: workers stop claiming this job class; queued work waits, nothing is lost.
 * Reports whether it changed anything and how much email waits (or is now released).
 */
export async function setDeliveryPaused({ ctx, input }: { ctx: Ctx; input: SetPausedInput }): Promise<PauseReport> {
  authorize(ctx, "settings:write");
  const data = parseInput(SetPausedInput, input);
  return inTransaction(ctx, async (tx) => {
    // Write first: on SQLite a transaction that reads and then writes fails (SQLITE_BUSY_SNAPSHOT)
    // when a worker commits in between; an UPDATE, even of no row, takes the write lock up front
    // (on PostgreSQL it locks the row, so two admins toggling are serialized).
    await tx.jobControl.updateMany({ where: { jobClass: data.jobClass }, data: { jobClass: data.jobClass } });
    const before = await tx.jobControl.findUnique({ where: { jobClass: data.jobClass } });
    const after = await tx.jobControl.upsert({
      where: { jobClass: data.jobClass },
      create: { jobClass: data.jobClass, paused: data.paused, reason: data.reason ?? null, updatedBy: actorLabel(ctx.actor) },
      update: { paused: data.paused, reason: data.reason ?? null, updatedBy: actorLabel(ctx.actor) },
    });
    const changed = (before?.paused ?? false) !== after.paused;
    const waiting = await tx.delivery.count({ where: { channel: data.jobClass, state: "queued" } });
    await recordAudit(tx, ctx, {
      action: data.paused ? "delivery.pause" : "delivery.resume",
      entityType: "job",
      entityId: data.jobClass,
      before,
      after: { ...after, changed, waiting },
    });
    return { paused: after.paused, changed, reason: after.reason, waiting };
  });
}

export async function getDeliveryControl({ ctx }: { ctx: Ctx }) {
  authorize(ctx, "admin:read");
  return (
    (await ctx.db.jobControl.findUnique({ where: { jobClass: "email" } })) ?? {
      jobClass: "email",
      paused: false,
      reason: null,
      updatedBy: null,
      updatedAt: null,
    }
  );
}
