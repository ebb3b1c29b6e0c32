import { recordAudit, type AuditEntry } from "@/server/audit/record-audit";
import type { Ctx, Tx } from "@/server/context";
import { bumpPublicRevision } from "@/server/public/revision";
import { canEmail, type OutboxEvent } from "./events";
import { record } from "./record";

export type ChangeTail = {
  audit: AuditEntry;
  /** What goes out about it (email per its `notify`, webhooks); none when the change announces nothing. */
  event?: OutboxEvent | null;
  /** Whether customers can see the change (a draft's they cannot): then the public revision moves. */
  visible?: boolean;
};

/**
 * How every verb that changes what customers see ends its transaction: the outgoing event, the
 * audit row (naming the email notification when the event is one that can send it), and a new
 * public revision. Returns the email notification's id, or null. After the commit the verb calls
 * afterPublicChange.
 */
export async function finishChange(tx: Tx, ctx: Ctx, { audit, event, visible = true }: ChangeTail): Promise<string | null> {
  const notificationId = event ? await record(tx, event) : null;
  const after = event && canEmail(event) ? { ...(audit.after as object), notificationId } : audit.after;
  await recordAudit(tx, ctx, { ...audit, after });
  if (visible) await bumpPublicRevision(tx);
  return notificationId;
}
