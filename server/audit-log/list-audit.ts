import { authorize, type Ctx } from "@/server/context";
import { parseInput } from "@/server/errors";
import type { Prisma } from "@/server/generated/sqlite/client";
import { decodeCursor, encodeCursor, parseJson } from "./cursor";
import { ListAuditInput } from "./schemas";

export type AuditEntry = {
  id: string;
  createdAt: Date;
  actorType: string;
  actorId: string | null;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
};

/** The audit log, newest first, filtered; `nextCursor` fetches the following page (null on the last). */
export async function listAudit({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: ListAuditInput;
}): Promise<{ entries: AuditEntry[]; nextCursor: string | null }> {
  authorize(ctx, "admin:read");
  const q = parseInput(ListAuditInput, input);
  const and: Prisma.AuditLogWhereInput[] = [];
  if (q.entityType) and.push({ entityType: q.entityType });
  if (q.entityId) and.push({ entityId: q.entityId });
  if (q.actor) and.push({ OR: [{ actorId: q.actor }, { actorLabel: { contains: q.actor } }] });
  if (q.actionPrefix) and.push({ action: { startsWith: q.actionPrefix } });
  if (q.from) and.push({ createdAt: { gte: q.from } });
  if (q.to) and.push({ createdAt: { lt: q.to } });
  if (q.cursor) {
    const c = decodeCursor(q.cursor);
    and.push({ OR: [{ createdAt: { lt: c.createdAt } }, { createdAt: c.createdAt, id: { lt: c.id } }] });
  }
  const rows = await ctx.db.auditLog.findMany({
    where: { AND: and },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: q.limit + 1,
  });
  const page = rows.slice(0, q.limit);
  const last = page.at(-1);
  return {
    entries: page.map((row) => ({ ...row, before: parseJson(row.before), after: parseJson(row.after) })),
    nextCursor: rows.length > q.limit && last ? encodeCursor(last) : null,
  };
}
