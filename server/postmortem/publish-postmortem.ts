import { authorize, inTransaction, type Ctx } from "@/server/context";
import { ConflictError, parseInput } from "@/server/errors";
import { afterPublicChange } from "@/server/public/after-change";
import { findPostmortem, finishPostmortemChange } from "./rows";
import { PublishPostmortemInput } from "./schemas";

/** Shows the postmortem on the incident's public page; with `notify`, subscribers are told. */
export async function publishPostmortem({ ctx, input }: { ctx: Ctx; input: PublishPostmortemInput }) {
  authorize(ctx, "postmortem:write");
  const data = parseInput(PublishPostmortemInput, input);
  const postmortem = await inTransaction(ctx, async (tx) => {
    const before = await findPostmortem(tx, data.incidentId);
    if (!before.incident.publishedAt) throw new ConflictError("Publish the incident before its postmortem");
    if (before.publishedAt) throw new ConflictError("This postmortem is already published");
    const after = await tx.postmortem.update({ where: { id: before.id }, data: { publishedAt: new Date(), notify: data.notify } });
    await finishPostmortemChange(tx, ctx, {
      action: "postmortem.publish",
      before,
      after,
      event: { type: "incident.postmortem_published", incidentId: data.incidentId, postmortemId: after.id, notify: data.notify },
    });
    return after;
  });
  await afterPublicChange(ctx);
  return postmortem;
}
