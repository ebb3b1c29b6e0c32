export type DueCandidate = {
  id: string;
  status: string;
  scheduledStart: Date;
  scheduledEnd: Date;
  autoStart: boolean;
  autoComplete: boolean;
  cancelledAt: Date | null;
};

export type DueTransition = { maintenanceId: string; transition: "start" | "complete"; dueAt: Date };

/**
 * What the worker should do now, earliest due first:
 * - a scheduled maintenance with auto-start starts once its start has come;
 * - a running or verifying one with auto-complete completes once its end has come;
 * - a scheduled one whose whole window has passed (the worker was down) gets both, start first,
 *   when it has both flags; with auto-start alone it only starts.
 * Cancelled and completed ones, and those without the flag, wait for an engineer.
 */
export function dueTransitions(maintenances: readonly DueCandidate[], now: Date): DueTransition[] {
  const due: DueTransition[] = [];
  const t = now.getTime();
  for (const m of maintenances) {
    if (m.cancelledAt) continue;
    const endPassed = m.scheduledEnd.getTime() <= t;
    if (m.status === "scheduled") {
      if (!m.autoStart || m.scheduledStart.getTime() > t) continue;
      due.push({ maintenanceId: m.id, transition: "start", dueAt: m.scheduledStart });
      if (m.autoComplete && endPassed) due.push({ maintenanceId: m.id, transition: "complete", dueAt: m.scheduledEnd });
    } else if ((m.status === "in_progress" || m.status === "verifying") && m.autoComplete && endPassed) {
      due.push({ maintenanceId: m.id, transition: "complete", dueAt: m.scheduledEnd });
    }
  }
  // Stable: a maintenance's start stays ahead of its own completion.
  return due.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}
