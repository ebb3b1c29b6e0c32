import type { DatabaseTarget } from "@/lib/database-url";
import type { Db } from "@/server/db";
import { manageTokenFor } from "@/server/subscriber/tokens";
import { MAX_ATTEMPTS } from "./retry-policy";
import { sqlTime } from "./sql-time";

export type ClaimOptions = { owner: string; limit: number; leaseMs: number; now?: Date; channel?: string };

// Two index range scans, never one OR: with an OR, PostgreSQL read and sorted every queued row on
// each claim (235 ms per claim of 200 with 300k queued, seq scan + external sort) where the two
// scans on (state, nextAttemptAt) and (state, leaseExpiresAt) take < 1 ms. Expired leases first.
const EXPIRED = `"state" = 'sending' AND "leaseExpiresAt" < {now} AND "channel" = {channel} AND "attempts" < {max} ORDER BY "leaseExpiresAt"`;
const QUEUED = `"state" = 'queued' AND "nextAttemptAt" <= {now} AND "channel" = {channel} AND "attempts" < {max} ORDER BY "nextAttemptAt"`;

/** A claimed email with what sending it needs: its notification's kind and the subscriber's state now. */
export type ClaimedEmail = {
  id: string;
  attempts: number;
  recipient: string;
  messageId: string | null;
  notificationId: string;
  kind: string;
  subscriberId: string | null;
  /** null: the subscriber was removed since the delivery was queued. */
  subscriber: { status: string; confirmNonce: string | null; manageToken: string } | null;
};

// What an email claim returns besides the id, read in the same statement (correlated lookups by primary key).
const EMAIL_RETURNING = `"id", "attempts", "recipient", "messageId", "notificationId", "subscriberId",
  (SELECT n."kind" FROM "Notification" n WHERE n."id" = "Delivery"."notificationId") AS "kind",
  (SELECT s."status" FROM "Subscriber" s WHERE s."id" = "Delivery"."subscriberId") AS "subscriberStatus",
  (SELECT s."confirmNonce" FROM "Subscriber" s WHERE s."id" = "Delivery"."subscriberId") AS "confirmNonce",
  (SELECT s."manageSalt" FROM "Subscriber" s WHERE s."id" = "Delivery"."subscriberId") AS "manageSalt"`;

/**
 * Claims up to `limit` due deliveries for `owner` with a lease, in ONE statement: queued ones
 * whose time has come, and "sending" ones whose lease expired (their worker died: crash
 * recovery). PostgreSQL skips rows other workers hold (FOR UPDATE SKIP LOCKED); SQLite runs
 * the statement atomically under its single writer lock. Counting the attempt at claim time
 * keeps attempts bounded even if sending crashes the process every time.
 */
async function claim<T>(db: Db, provider: DatabaseTarget["provider"], options: ClaimOptions, returning: string): Promise<T[]> {
  const now = options.now ?? new Date();
  const t = (d: Date) => sqlTime(provider, d);
  const [owner, leaseUntil, nowText, channel, max, limit] = [
    options.owner,
    t(new Date(now.getTime() + options.leaseMs)),
    t(now),
    options.channel ?? "email",
    MAX_ATTEMPTS,
    options.limit,
  ];
  if (provider === "postgresql") {
    const due = (rule: string) => rule.replace("{now}", "$3::timestamp").replace("{channel}", "$4").replace("{max}", "$5");
    const sql = `WITH expired AS (SELECT "id" FROM "Delivery" WHERE ${due(EXPIRED)} LIMIT $6 FOR UPDATE SKIP LOCKED),
        queued AS (SELECT "id" FROM "Delivery" WHERE ${due(QUEUED)} LIMIT $6 FOR UPDATE SKIP LOCKED)
      UPDATE "Delivery" SET "state" = 'sending', "leaseOwner" = $1, "leaseExpiresAt" = $2::timestamp,
        "attempts" = "attempts" + 1, "updatedAt" = $3::timestamp
      WHERE "id" IN (SELECT "id" FROM expired UNION ALL SELECT "id" FROM queued LIMIT $6)
      RETURNING ${returning}`;
    return db.$queryRawUnsafe<T[]>(sql, owner, leaseUntil, nowText, channel, max, limit);
  }
  // SQLite: anonymous parameters, in order of appearance; the statement runs under its single writer lock.
  const due = EXPIRED.replaceAll(/\{\w+\}/g, "?");
  const sql = `UPDATE "Delivery" SET "state" = 'sending', "leaseOwner" = ?, "leaseExpiresAt" = ?,
      "attempts" = "attempts" + 1, "updatedAt" = ?
    WHERE "id" IN (SELECT "id" FROM (SELECT "id" FROM "Delivery" WHERE ${due} LIMIT ?)
      UNION ALL SELECT "id" FROM (SELECT "id" FROM "Delivery" WHERE ${QUEUED.replaceAll(/\{\w+\}/g, "?")} LIMIT ?) LIMIT ?)
    RETURNING ${returning}`;
  const rule = [nowText, channel, max];
  return db.$queryRawUnsafe<T[]>(sql, owner, leaseUntil, nowText, ...rule, limit, ...rule, limit, limit);
}

/** Claims due deliveries of any channel; returns their ids. */
export async function claimDeliveries(db: Db, provider: DatabaseTarget["provider"], options: ClaimOptions): Promise<string[]> {
  const rows = await claim<{ id: string }>(db, provider, options, `"id"`);
  return rows.map((row) => row.id);
}

/** Claims due email deliveries with everything needed to decide and send, in one statement. */
export async function claimEmails(
  db: Db,
  provider: DatabaseTarget["provider"],
  options: Omit<ClaimOptions, "channel">,
): Promise<ClaimedEmail[]> {
  type Row = Omit<ClaimedEmail, "subscriber" | "attempts"> & {
    attempts: number | bigint;
    subscriberStatus: string | null;
    confirmNonce: string | null;
    manageSalt: string | null;
  };
  const rows = await claim<Row>(db, provider, { ...options, channel: "email" }, EMAIL_RETURNING);
  return rows.map(({ subscriberStatus, confirmNonce, manageSalt, attempts, ...row }) => ({
    ...row,
    attempts: Number(attempts),
    // The manage link's token is derived, never stored (server/subscriber/tokens.ts).
    subscriber:
      subscriberStatus === null || row.subscriberId === null
        ? null
        : { status: subscriberStatus, confirmNonce, manageToken: manageTokenFor({ id: row.subscriberId, manageSalt: manageSalt ?? "" }) },
  }));
}

/** Deliveries whose lease expired with no attempts left: dead, so nobody waits on them forever. */
export async function buryExhausted(db: Db, now = new Date()): Promise<number> {
  const result = await db.delivery.updateMany({
    where: { state: "sending", leaseExpiresAt: { lt: now }, attempts: { gte: MAX_ATTEMPTS } },
    data: { state: "dead", leaseOwner: null, leaseExpiresAt: null, lastError: "gave up: the worker stopped during every attempt" },
  });
  return result.count;
}

/**
 * Keeps `owner`'s leases alive while it works: every third of the lease, one statement moves the
 * expiry of everything it holds. Without it a batch slower than the lease (a slow SMTP server, a
 * loaded machine) was claimed again by another worker, or by the same one, and sent twice. A worker
 * that dies stops renewing, so crash recovery still takes over within one lease.
 */
export function holdLeases(db: Db, owner: string, leaseMs: number, onError: (error: unknown) => void): () => void {
  const renew = () =>
    db.delivery
      .updateMany({ where: { state: "sending", leaseOwner: owner }, data: { leaseExpiresAt: new Date(Date.now() + leaseMs) } })
      .catch(onError);
  const timer = setInterval(renew, Math.max(100, Math.floor(leaseMs / 3)));
  timer.unref();
  return () => clearInterval(timer);
}
