import type { DatabaseTarget } from "@/lib/database-url";
import type { Tx } from "@/server/context";
import type { Db } from "@/server/db";
import { audienceWhere, decodeAudience } from "@/server/notify/audience";

/** Subscribers per expansion batch: one short transaction each, memory flat in the list size. */
export const EXPAND_BATCH = 1_000;

export type ExpandedBatch = { notificationId: string; written: number; done: boolean };

const NEXT = `SELECT "id" FROM "Notification" WHERE "expandedAt" IS NULL AND "audienceComponents" IS NOT NULL
  ORDER BY "createdAt", "id" LIMIT 1`;

/**
 * Locks the oldest notification still expanding for this transaction. PostgreSQL: a row lock that
 * other workers skip, so two never expand the same batch. SQLite: the statement is a write, so the
 * transaction takes the write lock (waiting up to busy_timeout) before it reads anything, as BEGIN
 * IMMEDIATE would; a read first could not become a write once another connection had committed.
 */
async function lockNextNotification(tx: Tx, provider: DatabaseTarget["provider"]): Promise<string | null> {
  const sql = provider === "postgresql"
    ? `${NEXT} FOR UPDATE SKIP LOCKED`
    : `UPDATE "Notification" SET "expandCursor" = "expandCursor" WHERE "id" = (${NEXT}) RETURNING "id"`;
  const rows = await tx.$queryRawUnsafe<Array<{ id: string }>>(sql);
  return rows[0]?.id ?? null;
}

/**
 * Writes the next batch of one notification's email deliveries: the next `batchSize` subscribers
 * of its audience by id after its cursor, and the moved cursor and count, in ONE transaction. A
 * crash loses or repeats no one: either the batch and its cursor are both committed or neither
 * is. Returns null when no notification is waiting.
 */
export async function expandNextBatch(
  db: Db,
  provider: DatabaseTarget["provider"],
  { batchSize = EXPAND_BATCH }: { batchSize?: number } = {},
): Promise<ExpandedBatch | null> {
  // A plain read first: an idle worker never takes a lock.
  const waiting = await db.notification.findFirst({ where: { expandedAt: null, audienceComponents: { not: null } }, select: { id: true } });
  if (!waiting) return null;
  return db.$transaction(
    async (tx) => {
      const id = await lockNextNotification(tx, provider);
      if (!id) return null;
      const notification = await tx.notification.findUniqueOrThrow({ where: { id }, select: { audienceComponents: true, expandCursor: true, createdAt: true } });
      const cursor = notification.expandCursor;
      const batch = await tx.subscriber.findMany({
        where: { ...audienceWhere(decodeAudience(notification.audienceComponents!), notification.createdAt), ...(cursor ? { id: { gt: cursor } } : {}) },
        select: { id: true, email: true },
        orderBy: { id: "asc" },
        take: batchSize,
      });
      if (batch.length) {
        await tx.delivery.createMany({ data: batch.map((s) => ({ notificationId: id, subscriberId: s.id, recipient: s.email })) });
      }
      const done = batch.length < batchSize;
      await tx.notification.update({
        where: { id },
        data: { expandCursor: batch.at(-1)?.id ?? cursor, recipients: { increment: batch.length }, ...(done ? { expandedAt: new Date() } : {}) },
      });
      return { notificationId: id, written: batch.length, done };
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
}
