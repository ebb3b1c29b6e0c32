import type { Ctx, Tx } from "@/server/context";
import { NotFoundError, ValidationError } from "@/server/errors";

/** The user behind the action, for createdById / authorId (tokens and the system have none). */
export const actorUserId = (ctx: Ctx): string | null => (ctx.actor.type === "user" ? ctx.actor.id : null);

export const unique = <T>(items: Iterable<T>): T[] => [...new Set(items)];

/**
 * Takes the incident's row lock for the rest of the transaction (a no-op write: PostgreSQL locks the
 * row, SQLite the database), so concurrent verbs on one incident run one after the other and each
 * sees the other's updates, windows and status. Throws NotFoundError when it does not exist.
 */
export async function lockIncident(tx: Tx, id: string): Promise<void> {
  const { count } = await tx.incident.updateMany({ where: { id }, data: { updatedAt: new Date() } });
  if (count === 0) throw NotFoundError.of("Incident");
}

/** The incident with what verbs check, read under its lock. */
export async function findIncident(tx: Tx, id: string) {
  await lockIncident(tx, id);
  const incident = await tx.incident.findUnique({
    where: { id },
    include: {
      components: { select: { componentId: true } },
      updates: { select: { id: true, status: true, displayAt: true, createdAt: true, notify: true } },
    },
  });
  if (!incident) throw NotFoundError.of("Incident");
  return incident;
}

/** The audited shape of an incident: its own fields, no relations. */
export function incidentAudit(row: {
  id: string;
  slug: string;
  title: string;
  impact: string;
  status: string;
  publishedAt: Date | null;
  startedAt: Date;
  monitoringAt: Date | null;
  resolvedAt: Date | null;
}) {
  const { id, slug, title, impact, status, publishedAt, startedAt, monitoringAt, resolvedAt } = row;
  return { id, slug, title, impact, status, publishedAt, startedAt, monitoringAt, resolvedAt };
}

/** Adds the components to the incident's affected list where missing. */
export async function ensureAffected(tx: Tx, incidentId: string, componentIds: string[]): Promise<void> {
  const ids = unique(componentIds);
  if (ids.length === 0) return;
  const present = await tx.incidentComponent.findMany({ where: { incidentId, componentId: { in: ids } }, select: { componentId: true } });
  const have = new Set(present.map((p) => p.componentId));
  const missing = ids.filter((id) => !have.has(id));
  if (missing.length > 0) await tx.incidentComponent.createMany({ data: missing.map((componentId) => ({ incidentId, componentId })) });
}

export type StatusChange = { componentId: string; oldStatus: string; newStatus: string };

/** The component status changes an update announces (public "affected components" of the update). */
export async function recordStatusChanges(tx: Tx, updateId: string, changes: StatusChange[]): Promise<void> {
  if (changes.length > 0) await tx.incidentUpdateComponent.createMany({ data: changes.map((c) => ({ updateId, ...c })) });
}

export function assertNotFuture(at: Date, field: string, now = new Date()): void {
  if (at.getTime() > now.getTime() + 60_000) throw ValidationError.field(field, "Cannot be in the future");
}
