import type { Tx } from "@/server/context";
import { NotFoundError, ValidationError, type FieldErrors } from "@/server/errors";
import { lockIncident } from "@/server/incident/rows";
import { windowProblems, type WindowSpan } from "@/lib/domain/window-rules";

/** The window, read under its incident's lock (see lockIncident) so sibling checks cannot race. */
export async function findWindow(tx: Tx, id: string) {
  const owner = await tx.degradationWindow.findUnique({ where: { id }, select: { incidentId: true } });
  if (!owner) throw NotFoundError.of("Window");
  if (owner.incidentId) await lockIncident(tx, owner.incidentId);
  const window = await tx.degradationWindow.findUnique({
    where: { id },
    include: { incident: { select: { id: true, publishedAt: true, resolvedAt: true } } },
  });
  if (!window) throw NotFoundError.of("Window");
  return window;
}

/** Throws a ValidationError naming startedAt / endedAt when the window clashes with its siblings. */
export async function assertWindowFits(tx: Tx, window: WindowSpan & { incidentId: string | null }, now = new Date()): Promise<void> {
  const siblings = await tx.degradationWindow.findMany({
    where: { incidentId: window.incidentId, componentId: window.componentId },
    select: { id: true, componentId: true, startedAt: true, endedAt: true },
  });
  const problems = windowProblems(window, siblings, now);
  if (problems.length === 0) return;
  const fieldErrors: FieldErrors = {};
  for (const p of problems) (fieldErrors[p.field] ??= []).push(p.message);
  throw new ValidationError(fieldErrors, problems[0]!.message);
}

/** A resolved incident cannot have an open window: it would hold the component degraded forever. */
export function assertClosedIfResolved(incident: { resolvedAt: Date | null } | null, endedAt: Date | null): void {
  if (incident?.resolvedAt && endedAt === null) {
    throw ValidationError.field("endedAt", "This incident is resolved: give the window an end");
  }
}

export const windowAudit = (w: {
  id: string;
  incidentId: string | null;
  componentId: string;
  severity: string;
  startedAt: Date;
  endedAt: Date | null;
}) => ({
  id: w.id,
  incidentId: w.incidentId,
  componentId: w.componentId,
  severity: w.severity,
  startedAt: w.startedAt,
  endedAt: w.endedAt,
});

/** Customers see windows of published incidents and windows attached to no incident. */
export const isVisible = (window: { incidentId: string | null; incident: { publishedAt: Date | null } | null }) =>
  !window.incidentId || Boolean(window.incident?.publishedAt);
