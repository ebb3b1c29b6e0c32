import { actorLabel, type Ctx, type Tx } from "@/server/context";

export type AuditEntry = {
  action: string; // e.g. "incident.create"
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
};

// Dates become ISO strings; secrets never reach the log (callers pass explicit shapes).
const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));

/** Written through the verb's transaction: the change and its audit row commit together or not at all. */
export async function recordAudit(tx: Tx, ctx: Ctx, entry: AuditEntry): Promise<void> {
  const actor = ctx.actor;
  await tx.auditLog.create({
    data: {
      actorType: actor.type,
      actorId: "id" in actor ? actor.id : null,
      actorLabel: actorLabel(actor),
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: json(entry.before),
      after: json(entry.after),
    },
  });
}
