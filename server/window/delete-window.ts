import { authorize, type Ctx } from "@/server/context";
import { parseInput } from "@/server/errors";
import { findWindow } from "./rows";
import { DeleteWindowInput } from "./schemas";
import { inWindowTransaction, settleExistingWindow } from "./settle";

/** Removes a window entered by mistake; uptime history and the component's status follow. */
export async function deleteWindow({ ctx, input }: { ctx: Ctx; input: DeleteWindowInput }) {
  authorize(ctx, "incident:write");
  const data = parseInput(DeleteWindowInput, input);
  return inWindowTransaction(ctx, async (tx) => {
    const before = await findWindow(tx, data.windowId);
    await tx.degradationWindow.delete({ where: { id: before.id } });
    return settleExistingWindow(tx, ctx, { action: "window.delete", before, after: null, result: { id: data.windowId } });
  });
}
