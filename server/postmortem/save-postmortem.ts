import { authorize, inTransaction, type Ctx } from "@/server/context";
import { parseInput } from "@/server/errors";
import { lockIncident } from "@/server/incident/rows";
import { afterPublicChange } from "@/server/public/after-change";
import { finishPostmortemChange } from "./rows";
import { SavePostmortemInput } from "./schemas";

/** Creates or edits the incident's postmortem (one per incident). A published one changes in place. */
export async function savePostmortem({ ctx, input }: { ctx: Ctx; input: SavePostmortemInput }) {
  authorize(ctx, "postmortem:write");
  const data = parseInput(SavePostmortemInput, input);
  const { postmortem, visible } = await inTransaction(ctx, async (tx) => {
    await lockIncident(tx, data.incidentId);
    const before = await tx.postmortem.findUnique({ where: { incidentId: data.incidentId } });
    const after = await tx.postmortem.upsert({
      where: { incidentId: data.incidentId },
      create: { incidentId: data.incidentId, body: data.body },
      update: { body: data.body },
    });
    const visible = Boolean(after.publishedAt) && before?.body !== after.body;
    await finishPostmortemChange(tx, ctx, { action: before ? "postmortem.update" : "postmortem.create", before, after, visible });
    return { postmortem: after, visible };
  });
  if (visible) await afterPublicChange(ctx);
  return postmortem;
}
