import { refreshComponentStatuses } from "@/server/component/refresh-statuses";
import { inTransaction, type Ctx, type Tx } from "@/server/context";
import { finishChange } from "@/server/outbox";
import { afterPublicChange } from "@/server/public/after-change";

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
