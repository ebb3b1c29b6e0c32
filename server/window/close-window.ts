import { authorize, type Ctx } from "@/server/context";
import { ConflictError, parseInput } from "@/server/errors";
import { assertWindowFits, findWindow, isVisible, windowAudit } from "./rows";
import { CloseWindowInput } from "./schemas";
import { inWindowTransaction, settleWindowChange } from "./settle";

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
    const visible = isVisible(before);
    await settleWindowChange(tx, ctx, {
      action: "window.close",
      windowId: before.id,
      componentId: before.componentId,
      before: windowAudit(before),
      after: windowAudit(after),
      visible,
    });
    return { result: after, visible };
  });
}
