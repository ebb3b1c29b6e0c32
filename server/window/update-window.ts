import { authorize, type Ctx } from "@/server/context";
import { parseInput } from "@/server/errors";
import { assertClosedIfResolved, assertWindowFits, findWindow } from "./rows";
import { UpdateWindowInput } from "./schemas";
import { inWindowTransaction, settleExistingWindow } from "./settle";

/** Changes a window's severity, start or end (null end reopens it). */
export async function updateWindow({ ctx, input }: { ctx: Ctx; input: UpdateWindowInput }) {
  authorize(ctx, "incident:write");
  const data = parseInput(UpdateWindowInput, input);
  return inWindowTransaction(ctx, async (tx) => {
    const before = await findWindow(tx, data.windowId);
    const next = {
      severity: data.severity ?? before.severity,
      startedAt: data.startedAt ?? before.startedAt,
      endedAt: data.endedAt === undefined ? before.endedAt : data.endedAt,
    };
    assertClosedIfResolved(before.incident, next.endedAt);
    await assertWindowFits(tx, { ...before, ...next });
    const after = await tx.degradationWindow.update({ where: { id: before.id }, data: next });
    return settleExistingWindow(tx, ctx, { action: "window.update", before, after: after, result: after });
  });
}
