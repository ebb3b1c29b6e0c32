// Pure rules of the deliveries dashboard: how raw outbox counts become what an admin reads.
// Kept apart from the queries so each rule is unit-tested and the expansion mapping can be
// adjusted in one place when publish starts expanding audiences in the worker.

export type Progress = {
  total: number;
  sent: number;
  /** Waiting for its first attempt. */
  queued: number;
  /** Tried at least once, failed transiently, waiting for its next attempt. */
  retrying: number;
  /** Claimed by a worker right now. */
  sending: number;
  /** Refused by the server (5xx): will not be retried on its own. */
  failed: number;
  /** Out of attempts. */
  dead: number;
  /** Not sent because the recipient may no longer be mailed (unsubscribed, bounced, removed). */
  skipped: number;
};

export type RawCounts = {
  /** Rows per Delivery.state. */
  byState: Record<string, number>;
  /** Queued rows with attempts > 0. */
  retrying: number;
  /** Failed rows the worker refused to send (lastError "not sent: …"). */
  skipped: number;
};

/** "not sent: …" is how the worker records a delivery it skipped (outcome.ts markSkipped). */
export const SKIPPED_PREFIX = "not sent:";

export function tallyProgress({ byState, retrying, skipped }: RawCounts): Progress {
  const n = (state: string) => byState[state] ?? 0;
  const total = Object.values(byState).reduce((sum, count) => sum + count, 0);
  return {
    total,
    sent: n("sent"),
    queued: Math.max(0, n("queued") - retrying),
    retrying,
    sending: n("sending"),
    failed: Math.max(0, n("failed") - skipped),
    dead: n("dead"),
    skipped,
  };
}

export type Expansion = {
  /** preparing: nothing expanded yet; expanding: some rows written, more to come; done: audience fully written. */
  phase: "preparing" | "expanding" | "done";
  /** Delivery rows written so far. */
  expanded: number;
};

/** What the notification row says about audience expansion (written by the worker, see server/delivery/expand.ts). */
export type ExpansionFields = { expanded: number; finishedAt: Date | null };

/** `recipients` counts delivery rows written so far; `expandedAt` is set once the whole audience is written. */
export function expansionFieldsOf(notification: { recipients: number; expandedAt: Date | null }): ExpansionFields {
  return { expanded: notification.recipients, finishedAt: notification.expandedAt };
}

export function describeExpansion(fields: ExpansionFields, rows: number): Expansion {
  if (fields.finishedAt) return { phase: "done", expanded: rows };
  const expanded = Math.max(rows, fields.expanded);
  return { phase: expanded > 0 ? "expanding" : "preparing", expanded };
}

/** Whether the page should keep refreshing: something will still change without anyone acting. */
export function isPending(progress: Progress, expansion: Expansion): boolean {
  return expansion.phase !== "done" || progress.queued + progress.retrying + progress.sending > 0;
}
