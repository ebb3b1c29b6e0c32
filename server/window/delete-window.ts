import { recordAudit } from "@/server/audit/record-audit";
import { refreshComponentStatuses } from "@/server/component/refresh-statuses";
import { authorize, inTransaction, type Ctx } from "@/server/context";
import { parseInput } from "@/server/errors";
import { afterPublicChange } from "@/server/public/after-change";
import { bumpPublicRevision } from "@/server/public/revision";
import { findWindow, isVisible, windowAudit } from "./rows";
import { DeleteWindowInput } from "./schemas";

/** Removes a window entered by mistake; uptime history and the component's status follow. */
export async function deleteWindow({ ctx, input }: { ctx: Ctx; input: DeleteWindowInput }) {
  authorize(ctx, "incident:write");
  const data = parseInput(DeleteWindowInput, input);
  const visible = await inTransaction(ctx, async (tx) => {
    const before = await findWindow(tx, data.windowId);
    await tx.degradationWindow.delete({ where: { id: before.id } });
    const changes = await refreshComponentStatuses(tx, [before.componentId]);
    await recordAudit(tx, ctx, {
      action: "window.delete",
      entityType: "degradation_window",
      entityId: before.id,
      before: windowAudit(before),
      after: { changes },
    });
    const visible = isVisible(before);
    if (visible) await bumpPublicRevision(tx);
    return visible;
  });
  if (visible) await afterPublicChange(ctx);
  return { id: data.windowId };
}
