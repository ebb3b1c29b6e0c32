import { recordAudit } from "@/server/audit/record-audit";
import { refreshComponentStatuses } from "@/server/component/refresh-statuses";
import { authorize, inTransaction, type Ctx } from "@/server/context";
import { ConflictError, parseInput } from "@/server/errors";
import { afterPublicChange } from "@/server/public/after-change";
import { bumpPublicRevision } from "@/server/public/revision";
import { assertWindowFits, findWindow, isVisible, windowAudit } from "./rows";
import { CloseWindowInput } from "./schemas";

/** Ends an open window at `endedAt` (default now); the component follows its remaining windows. */
export async function closeWindow({ ctx, input }: { ctx: Ctx; input: CloseWindowInput }) {
  authorize(ctx, "incident:write");
  const data = parseInput(CloseWindowInput, input);
  const { window, visible } = await inTransaction(ctx, async (tx) => {
    const before = await findWindow(tx, data.windowId);
    if (before.endedAt) throw new ConflictError("This window is already closed");
    const endedAt = data.endedAt ?? new Date();
    await assertWindowFits(tx, { ...before, endedAt });
    const after = await tx.degradationWindow.update({ where: { id: before.id }, data: { endedAt } });
    const changes = await refreshComponentStatuses(tx, [before.componentId]);
    await recordAudit(tx, ctx, {
      action: "window.close",
      entityType: "degradation_window",
      entityId: before.id,
      before: windowAudit(before),
      after: { ...windowAudit(after), changes },
    });
    const visible = isVisible(before);
    if (visible) await bumpPublicRevision(tx);
    return { window: after, visible };
  });
  if (visible) await afterPublicChange(ctx);
  return window;
}
