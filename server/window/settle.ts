import { refreshComponentStatuses } from "@/server/component/refresh-statuses";
import { inTransaction, type Ctx, type Tx } from "@/server/context";
import { finishChange } from "@/server/outbox";
import { afterPublicChange } from "@/server/public/after-change";
import { isVisible, windowAudit, type findWindow } from "./rows";

type Change = {
  action: string;
  windowId: string;
  componentId: string;
  before?: unknown;
  after?: Record<string, unknown>;
  visible: boolean;
};

/** What every window verb does after its write: the component follows, the audit row, and a public revision if the incident is public. */
export async function settleWindowChange(tx: Tx, ctx: Ctx, change: Change): Promise<void> {
  const changes = await refreshComponentStatuses(tx, [change.componentId]);
  await finishChange(tx, ctx, {
    audit: {
      action: change.action,
      entityType: "degradation_window",
      entityId: change.windowId,
      before: change.before,
      after: { ...change.after, changes },
    },
    visible: change.visible,
  });
}

/** Runs a window verb's transaction; afterwards the public page refreshes if it showed the change. */
export async function inWindowTransaction<T>(ctx: Ctx, work: (tx: Tx) => Promise<{ result: T; visible: boolean }>): Promise<T> {
  const { result, visible } = await inTransaction(ctx, work);
  if (visible) await afterPublicChange(ctx);
  return result;
}

type StoredWindow = Awaited<ReturnType<typeof findWindow>>;

/**
 * The end of a verb that changed or deleted (`after` null) an existing window: settle the change,
 * visible to the public when the window's incident is, and answer `result`.
 */
export async function settleExistingWindow<T>(
  tx: Tx,
  ctx: Ctx,
  change: { action: string; before: StoredWindow; after: Parameters<typeof windowAudit>[0] | null; result: T },
): Promise<{ result: T; visible: boolean }> {
  const { before, after } = change;
  const visible = isVisible(before);
  await settleWindowChange(tx, ctx, {
    action: change.action,
    windowId: before.id,
    componentId: before.componentId,
    before: windowAudit(before),
    after: after ? windowAudit(after) : undefined,
    visible,
  });
  return { result: change.result, visible };
}
