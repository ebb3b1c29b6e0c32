import { authorize, inTransaction, type Ctx } from "@/server/context";
import { ConflictError, parseInput } from "@/server/errors";
import { afterPublicChange } from "@/server/public/after-change";
import { findPostmortem, finishPostmortemChange } from "./rows";
import { UnpublishPostmortemInput } from "./schemas";

/** Takes the postmortem off the public page (it stays as a draft). */
export async function unpublishPostmortem({ ctx, input }: { ctx: Ctx; input: UnpublishPostmortemInput }) {
  authorize(ctx, "postmortem:write");
  const data = parseInput(UnpublishPostmortemInput, input);
  const postmortem = await inTransaction(ctx, async (tx) => {
    const before = await findPostmortem(tx, data.incidentId);
    if (!before.publishedAt) throw new ConflictError("This postmortem is not published");
    const after = await tx.postmortem.update({ where: { id: before.id }, data: { publishedAt: null } });
    await finishPostmortemChange(tx, ctx, { action: "postmortem.unpublish", before, after });
    return after;
  });
  await afterPublicChange(ctx);
  return postmortem;
}
