import { recordAudit } from "@/server/audit/record-audit";
import { refreshComponentStatuses } from "@/server/component/refresh-statuses";
import { authorize, inTransaction, type Ctx } from "@/server/context";
import { parseInput } from "@/server/errors";
import { afterPublicChange } from "@/server/public/after-change";
import { bumpPublicRevision } from "@/server/public/revision";
import { assertClosedIfResolved, assertWindowFits, findWindow, isVisible, windowAudit } from "./rows";
import { UpdateWindowInput } from "./schemas";

/** Changes a window's severity, start or end (null end reopens it). */
export async function updateWindow({ ctx, input }: { ctx: Ctx; input: UpdateWindowInput }) {
  authorize(ctx, "incident:write");
  const data = parseInput(UpdateWindowInput, input);
  const { window, visible } = await inTransaction(ctx, async (tx) => {
    const before = await findWindow(tx, data.windowId);
    const next = {
      severity: data.severity ?? before.severity,
      startedAt: data.startedAt ?? before.startedAt,
      endedAt: data.endedAt === undefined ? before.endedAt : data.endedAt,
    };
    assertClosedIfResolved(before.incident, next.endedAt);
    await assertWindowFits(tx, { ...before, ...next });
    const after = await tx.degradationWindow.update({ where: { id: before.id }, data: next });
    const changes = await refreshComponentStatuses(tx, [before.componentId]);
    await recordAudit(tx, ctx, {
      action: "window.update",
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
