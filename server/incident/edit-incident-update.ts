import { authorize, inTransaction, type Ctx } from "@/server/context";
import { NotFoundError, parseInput } from "@/server/errors";
import { finishChange } from "@/server/outbox";
import { afterPublicChange } from "@/server/public/after-change";
import { EditIncidentUpdateInput } from "./schemas";

/** Fixes the text of a posted update (typos). Never notifies again; the change is audited. */
export async function editIncidentUpdate({ ctx, input }: { ctx: Ctx; input: EditIncidentUpdateInput }) {
  authorize(ctx, "incident:write");
  const data = parseInput(EditIncidentUpdateInput, input);
  const { update, visible } = await inTransaction(ctx, async (tx) => {
    const before = await tx.incidentUpdate.findUnique({
      where: { id: data.updateId },
      include: { incident: { select: { publishedAt: true } } },
    });
    if (!before) throw NotFoundError.of("Update");
    const after = await tx.incidentUpdate.update({ where: { id: before.id }, data: { body: data.body } });
    const visible = Boolean(before.incident.publishedAt);
    await finishChange(tx, ctx, {
      audit: {
        action: "incident_update.edit",
        entityType: "incident_update",
        entityId: before.id,
        before: { incidentId: before.incidentId, body: before.body },
        after: { incidentId: after.incidentId, body: after.body },
      },
      visible,
    });
    return { update: after, visible };
  });
  if (visible) await afterPublicChange(ctx);
  return update;
}
