import { z } from "zod";
import { actorLabel, authorize, inTransaction, type Ctx } from "@/server/context";
import { recordAudit } from "@/server/audit/record-audit";
import { parseInput } from "@/server/errors";

export const SetPausedInput = z.object({
  jobClass: z.enum(["email"]).default("email"),
  paused: z.boolean(),
  reason: z.string().trim().max(200, "Reason is too long (200 characters at most)").optional(),
});

/** The kill switch: workers stop claiming this job class; queued work waits, nothing is lost. */
export async function setDeliveryPaused({ ctx, input }: { ctx: Ctx; input: z.input<typeof SetPausedInput> }) {
  authorize(ctx, "settings:write");
  const data = parseInput(SetPausedInput, input);
  return inTransaction(ctx, async (tx) => {
    const before = await tx.jobControl.findUnique({ where: { jobClass: data.jobClass } });
    const after = await tx.jobControl.upsert({
      where: { jobClass: data.jobClass },
      create: { jobClass: data.jobClass, paused: data.paused, reason: data.reason ?? null, updatedBy: actorLabel(ctx.actor) },
      update: { paused: data.paused, reason: data.reason ?? null, updatedBy: actorLabel(ctx.actor) },
    });
    await recordAudit(tx, ctx, { action: data.paused ? "delivery.pause" : "delivery.resume", entityType: "job", entityId: data.jobClass, before, after });
    return after;
  });
}

export async function getDeliveryControl({ ctx }: { ctx: Ctx }) {
  authorize(ctx, "admin:read");
  return (await ctx.db.jobControl.findUnique({ where: { jobClass: "email" } })) ?? { jobClass: "email", paused: false, reason: null, updatedBy: null, updatedAt: null };
}
