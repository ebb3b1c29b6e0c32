import type { Tx } from "@/server/context";
import { ValidationError } from "@/server/errors";
import type { WindowSeverity } from "@/lib/domain/statuses";
import { windowProblems } from "@/lib/domain/window-rules";
import type { AffectedStatus } from "./schemas";

/** The window an affected component's status opens; operational opens none. */
export const SEVERITY_FOR_STATUS: Record<AffectedStatus, WindowSeverity | null> = {
  operational: null,
  degraded_performance: "degraded",
  partial_outage: "partial",
  major_outage: "major",
};

/**
 * Makes the incident's windows say what the update says, from `at` on: "operational" closes the
 * component's open window; another status closes an open window of a different severity and opens
 * one of the new severity (so uptime history keeps each severity's span). Returns the touched ids.
 */
export async function applyComponentStatuses(
  tx: Tx,
  incidentId: string,
  changes: Array<{ componentId: string; status: AffectedStatus }>,
  at: Date,
  now = new Date(),
): Promise<string[]> {
  if (changes.length === 0) return [];
  const windows = await tx.degradationWindow.findMany({
    where: { incidentId, componentId: { in: changes.map((c) => c.componentId) } },
  });
  const touched: string[] = [];
  for (const [index, change] of changes.entries()) {
    const field = `components.${index}.status`;
    const own = windows.filter((w) => w.componentId === change.componentId);
    const open = own.find((w) => w.endedAt === null);
    const severity = SEVERITY_FOR_STATUS[change.status];
    if (open?.severity === severity) continue;
    if (!open && !severity) continue;
    touched.push(change.componentId);
    if (open && open.startedAt.getTime() === at.getTime()) {
      // Changed at the very instant it opened: correct the window rather than leave a zero-length one.
      if (severity) await tx.degradationWindow.update({ where: { id: open.id }, data: { severity } });
      else await tx.degradationWindow.delete({ where: { id: open.id } });
      continue;
    }
    if (open) {
      if (open.startedAt > at) throw ValidationError.field(field, "Its open window started after this update's time");
      await tx.degradationWindow.update({ where: { id: open.id }, data: { endedAt: at } });
      open.endedAt = at;
    }
    if (severity) {
      const problem = windowProblems({ componentId: change.componentId, startedAt: at, endedAt: null }, own, now)[0];
      if (problem) throw ValidationError.field(field, problem.message);
      await tx.degradationWindow.create({ data: { incidentId, componentId: change.componentId, severity, startedAt: at } });
    }
  }
  return touched;
}
