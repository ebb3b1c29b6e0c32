import { authorize, type Ctx } from "@/server/context";
import { ConflictError, parseInput } from "@/server/errors";
import { assertWindowFits, findWindow } from "./rows";
import { CloseWindowInput } from "./schemas";
import { inWindowTransaction, settleExistingWindow } from "./settle";

/** Ends an open window at `endedAt` (default now); the component follows its remaining windows. */
export async function closeWindow({ ctx, input }: { ctx: Ctx; input: CloseWindowInput }) {
  authorize(ctx, "incident:write");
  const data = parseInput(CloseWindowInput, input);
  return inWindowTransaction(ctx, async (tx) => {
    const before = await findWindow(tx, data.windowId);
    if (before.endedAt) throw new ConflictError("This window is already closed");
    const endedAt = data.endedAt ?? new Date();
    await assertWindowFits(tx, { ...before, endedAt });
    const after = await tx.degradationWindow.update({ where: { id: before.id }, data: { endedAt } });
    return settleExistingWindow(tx, ctx, { action: "window.close", before, after: after, result: after });
  });
}
