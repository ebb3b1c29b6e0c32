import type { DatabaseTarget } from "@/lib/database-url";
import type { Tx } from "@/server/context";
import type { Db } from "@/server/db";
import { audienceSql, decodeAudience, FOLLOWERS_SQL, reachesFollowers } from "@/server/outbox/audience";
import { endFollowers } from "@/server/subscriber/follow";
import { sqlTime } from "./sql-time";

/** Subscribers per expansion batch: one short transaction each, memory flat in the list size. */
export const EXPAND_BATCH = 1_000;

export type ExpandedBatch = { notificationId: string; written: number; done: boolean };
type Provider = DatabaseTarget["provider"];

const NEXT = `SELECT "id" FROM "Notification" WHERE "expandedAt" IS NULL AND "audienceComponents" IS NOT NULL
  ORDER BY "createdAt", "id" LIMIT 1`;

// Delivery ids made by the database (96 random bits, hex), as rows are written without passing through Node.
const NEW_ID = { sqlite: "lower(hex(randomblob(12)))", postgresql: `substr(replace(gen_random_uuid()::text, '-', ''), 1, 24)` };

/** `?` placeholders as the provider wants them ($1… on PostgreSQL, where `?ts` also casts to timestamp). */
function dialect(provider: Provider, sql: string): string {
  if (provider === "sqlite") return sql.replaceAll("?ts", "?");
  let n = 0;
  return sql.replace(/\?(ts)?/g, (_, ts: string | undefined) => `$${++n}${ts ? "::timestamp" : ""}`);
}

/**
 * Locks the oldest notification still expanding for this transaction. PostgreSQL: a row lock that
 * other workers skip, so two never expand the same batch. SQLite: the statement is a write, so the
 * transaction takes the write lock (waiting up to busy_timeout) before it reads anything, as BEGIN
 * IMMEDIATE would; a read first could not become a write once another connection had committed.
 */
async function lockNextNotification(tx: Tx, provider: Provider): Promise<string | null> {
  const sql =
    provider === "postgresql"
      ? `${NEXT} FOR UPDATE SKIP LOCKED`
      : `UPDATE "Notification" SET "expandCursor" = "expandCursor" WHERE "id" = (${NEXT}) RETURNING "id"`;
  const rows = await tx.$queryRawUnsafe<Array<{ id: string }>>(sql);
  return rows[0]?.id ?? null;
}

/**
 * Inserts the deliveries of the next `batchSize` subscribers after `cursor` in one INSERT … SELECT
 * (no subscriber passes through Node). Returns how many, and the batch's last subscriber id when
 * the batch was full (null: this was the last one).
 */
async function insertBatch(
  tx: Tx,
  provider: Provider,
  n: { id: string; audienceComponents: string; expandCursor: string | null },
  batchSize: number,
) {
  const audience = audienceSql(decodeAudience(n.audienceComponents));
  const from = `FROM "Subscriber" s JOIN "Notification" n ON n."id" = ? WHERE ${audience.sql} AND s."id" > ?`;
  const fromParams = [n.id, ...audience.params, n.expandCursor ?? ""];
  const bound = await tx.$queryRawUnsafe<Array<{ id: string }>>(
    dialect(provider, `SELECT s."id" AS "id" ${from} ORDER BY s."id" LIMIT 1 OFFSET ${batchSize - 1}`),
    ...fromParams,
  );
  const last = bound[0]?.id ?? null;
  const written = await insertDeliveries(tx, provider, `${from}${last ? ` AND s."id" <= ?` : ""}`, [
    ...fromParams,
    ...(last ? [last] : []),
  ]);
  return { written, last };
}

/** One INSERT … SELECT of queued email deliveries for the subscribers `from` selects (with `n`). */
async function insertDeliveries(tx: Tx, provider: Provider, from: string, params: string[]): Promise<number> {
  const now = sqlTime(provider, new Date());
  return tx.$executeRawUnsafe(
    dialect(
      provider,
      `INSERT INTO "Delivery" ("id", "notificationId", "subscriberId", "channel", "recipient", "state", "attempts", "nextAttemptAt", "createdAt", "updatedAt")
       SELECT ${NEW_ID[provider]}, n."id", s."id", 'email', s."email", 'queued', 0, ?ts, ?ts, ?ts ${from}`,
    ),
    now,
    now,
    now,
    ...params,
  );
}

/**
 * The followers of an incident email's incident, all in one statement (by the incidentId index):
 * written with the page audience's last batch, in its transaction, so once and only once.
 */
async function insertFollowers(tx: Tx, provider: Provider, n: { id: string; kind: string; incidentId: string | null }) {
  if (!n.incidentId || !reachesFollowers(n.kind)) return 0;
  return insertDeliveries(tx, provider, `FROM "Subscriber" s JOIN "Notification" n ON n."id" = ? WHERE ${FOLLOWERS_SQL}`, [n.id]);
}

/**
 * Writes the next batch of one notification's email deliveries: the next `batchSize` subscribers
 * of its audience by id after its cursor, and the moved cursor and count, in ONE transaction. A
 * crash loses or repeats no one: either the batch and its cursor are both committed or neither
 * is. Returns null when no notification is waiting (or another worker holds the only one).
 */
export async function expandNextBatch(
  db: Db,
  provider: Provider,
  { batchSize = EXPAND_BATCH }: { batchSize?: number } = {},
): Promise<ExpandedBatch | null> {
  // A plain read first: an idle worker never takes a lock.
  const waiting = await db.notification.findFirst({ where: { expandedAt: null, audienceComponents: { not: null } }, select: { id: true } });
  if (!waiting) return null;
  return db.$transaction(
    async (tx) => {
      const id = await lockNextNotification(tx, provider);
      if (!id) return null;
      const notification = await tx.notification.findUniqueOrThrow({
        where: { id },
        select: { id: true, kind: true, incidentId: true, audienceComponents: true, expandCursor: true },
      });
      const batch = await insertBatch(
        tx,
        provider,
        { ...notification, audienceComponents: notification.audienceComponents ?? "[]" },
        batchSize,
      );
      const { last } = batch;
      const written = batch.written + (last ? 0 : await insertFollowers(tx, provider, notification));
      await tx.notification.update({
        where: { id },
        data: { recipients: { increment: written }, ...(last ? { expandCursor: last } : { expandedAt: new Date() }) },
      });
      // The resolution was the last email its followers get: their subscriptions end with it.
      if (!last && notification.kind === "incident_resolved" && notification.incidentId) await endFollowers(tx, notification.incidentId);
      return { notificationId: id, written, done: !last };
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
}
