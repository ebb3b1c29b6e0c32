import { recordAudit } from "@/server/audit/record-audit";
import { authorize, inTransaction, type Ctx } from "@/server/context";
import { ConflictError, parseInput } from "@/server/errors";
import { announce } from "@/server/notify/announce";
import { afterPublicChange } from "@/server/public/after-change";
import { bumpPublicRevision } from "@/server/public/revision";
import { findPostmortem, postmortemAudit } from "./rows";
import { PublishPostmortemInput } from "./schemas";
import { queueWebhookEvent } from "@/server/webhook/emit";

/** Shows the postmortem on the incident's public page; with `notify`, subscribers are told. */
export async function publishPostmortem({ ctx, input }: { ctx: Ctx; input: PublishPostmortemInput }) {
  authorize(ctx, "postmortem:write");
  const data = parseInput(PublishPostmortemInput, input);
  const postmortem = await inTransaction(ctx, async (tx) => {
    const before = await findPostmortem(tx, data.incidentId);
    if (!before.incident.publishedAt) throw new ConflictError("Publish the incident before its postmortem");
    if (before.publishedAt) throw new ConflictError("This postmortem is already published");
    const after = await tx.postmortem.update({ where: { id: before.id }, data: { publishedAt: new Date(), notify: data.notify } });
    const notificationId = data.notify
      ? await announce(tx, { kind: "postmortem_published", incidentId: data.incidentId, postmortemId: after.id })
      : null;
    queueWebhookEvent(tx, { type: "incident.postmortem_published", incidentId: data.incidentId });
    await recordAudit(tx, ctx, {
      action: "postmortem.publish",
      entityType: "postmortem",
      entityId: after.id,
      before: postmortemAudit(before),
      after: { ...postmortemAudit(after), notificationId },
    });
    await bumpPublicRevision(tx);
    return after;
  });
  await afterPublicChange(ctx);
  return postmortem;
}
