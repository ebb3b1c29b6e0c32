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

/**
 * What the notification row says about audience expansion. Today publish writes every delivery in
 * its own transaction, so none of these exist; when expansion moves to the worker the Notification
 * gains "rows expanded so far" / "expansion finished at" fields — map them here (names guessed).
 */
export type ExpansionFields = { expanded?: number | null; finishedAt?: Date | null };

export function expansionFieldsOf(notification: Record<string, unknown>): ExpansionFields | null {
  const finished = ["expandedAt", "expansionFinishedAt", "expansionDoneAt", "expandedFinishedAt"].find((k) => k in notification);
  if (!finished) return null;
  const count = ["expandedCount", "expanded", "rowsExpanded", "expandedRows"].find((k) => typeof notification[k] === "number");
  return { finishedAt: (notification[finished] as Date | null) ?? null, expanded: count ? (notification[count] as number) : null };
}

/** Without expansion fields, an event with no rows yet is "preparing" for this long, then taken as an empty audience. */
export const PREPARING_GRACE_MS = 5 * 60_000;

export function describeExpansion(fields: ExpansionFields | null, rows: number, createdAt: Date, now: Date): Expansion {
  if (fields) {
    if (fields.finishedAt) return { phase: "done", expanded: rows };
    const expanded = Math.max(rows, fields.expanded ?? 0);
    return { phase: expanded > 0 ? "expanding" : "preparing", expanded };
  }
  if (rows === 0 && now.getTime() - createdAt.getTime() < PREPARING_GRACE_MS) return { phase: "preparing", expanded: 0 };
  return { phase: "done", expanded: rows };
}

/** Whether the page should keep refreshing: something will still change without anyone acting. */
export function isPending(progress: Progress, expansion: Expansion): boolean {
  return expansion.phase !== "done" || progress.queued + progress.retrying + progress.sending > 0;
}
