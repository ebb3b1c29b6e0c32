/** Windows may start at most this far ahead of the server's clock (clock skew between browser and server). */
export const FUTURE_TOLERANCE_MS = 60_000;

export type WindowSpan = { id?: string; componentId: string; startedAt: Date; endedAt: Date | null };
export type WindowProblem = { field: "startedAt" | "endedAt"; message: string };

const OPEN_END = Number.POSITIVE_INFINITY;
const end = (w: WindowSpan) => (w.endedAt ? w.endedAt.getTime() : OPEN_END);

/** Half-open spans [start, end): a window may start exactly when another of the same component ends. */
export function overlaps(a: WindowSpan, b: WindowSpan): boolean {
  return a.startedAt.getTime() < end(b) && b.startedAt.getTime() < end(a);
}

/**
 * What is wrong with `window` next to `others` (the other windows of the same incident; the window
 * itself, matched by id, is skipped): end after start, nothing in the future, no overlap per component.
 */
export function windowProblems(window: WindowSpan, others: readonly WindowSpan[], now: Date): WindowProblem[] {
  const problems: WindowProblem[] = [];
  const limit = now.getTime() + FUTURE_TOLERANCE_MS;
  if (window.startedAt.getTime() > limit) problems.push({ field: "startedAt", message: "Start cannot be in the future" });
  if (window.endedAt) {
    if (window.endedAt.getTime() <= window.startedAt.getTime()) problems.push({ field: "endedAt", message: "End must be after start" });
    else if (window.endedAt.getTime() > limit) {
      problems.push({ field: "endedAt", message: "End cannot be in the future: leave the window open and close it later" });
    }
  }
  if (problems.length > 0) return problems;
  const clash = others.find((o) => o.componentId === window.componentId && (!window.id || o.id !== window.id) && overlaps(window, o));
  if (clash) {
    const until = clash.endedAt ? `until ${clash.endedAt.toISOString()}` : "still open";
    problems.push({
      field: "startedAt",
      message: `Overlaps another window of this component (from ${clash.startedAt.toISOString()}, ${until})`,
    });
  }
  return problems;
}

/** Checks a whole set (e.g. a backfill): each window against the ones listed before it. Problems by index. */
export function windowSetProblems(windows: readonly WindowSpan[], now: Date): Array<WindowProblem & { index: number }> {
  return windows.flatMap((window, index) => windowProblems(window, windows.slice(0, index), now).map((problem) => ({ ...problem, index })));
}
