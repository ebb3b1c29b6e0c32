import type { DatabaseTarget } from "@/lib/database-url";
import type { Db } from "@/server/db";
import { MAX_ATTEMPTS } from "./retry-policy";
import { sqlTime } from "./sql-time";

export type ClaimOptions = { owner: string; limit: number; leaseMs: number; now?: Date; channel?: string };

const DUE = `"channel" = {channel} AND "attempts" < {max} AND (("state" = 'queued' AND "nextAttemptAt" <= {now})
  OR ("state" = 'sending' AND "leaseExpiresAt" < {now}))`;

/**
 * Claims up to `limit` due deliveries for `owner` with a lease, in ONE statement: queued ones
 * whose time has come, and "sending" ones whose lease expired (their worker died: crash
 * recovery). PostgreSQL skips rows other workers hold (FOR UPDATE SKIP LOCKED); SQLite runs
 * the statement atomically under its single writer lock. Counting the attempt at claim time
 * keeps attempts bounded even if sending crashes the process every time.
 */
export async function claimDeliveries(db: Db, provider: DatabaseTarget["provider"], options: ClaimOptions): Promise<string[]> {
  const now = options.now ?? new Date();
  const t = (d: Date) => sqlTime(provider, d);
  const [owner, leaseUntil, nowText, channel, max, limit] = [
    options.owner, t(new Date(now.getTime() + options.leaseMs)), t(now), options.channel ?? "email", MAX_ATTEMPTS, options.limit,
  ];
  if (provider === "postgresql") {
    const sql = `UPDATE "Delivery" SET "state" = 'sending', "leaseOwner" = $1, "leaseExpiresAt" = $2::timestamp,
        "attempts" = "attempts" + 1, "updatedAt" = $3::timestamp
      WHERE "id" IN (SELECT "id" FROM "Delivery" WHERE ${DUE.replace("{channel}", "$4").replace("{max}", "$5").replaceAll("{now}", "$3::timestamp")}
        ORDER BY "nextAttemptAt" LIMIT $6 FOR UPDATE SKIP LOCKED)
      RETURNING "id"`;
    const rows = await db.$queryRawUnsafe<Array<{ id: string }>>(sql, owner, leaseUntil, nowText, channel, max, limit);
    return rows.map((row) => row.id);
  }
  // SQLite: anonymous parameters, in order of appearance.
  const sql = `UPDATE "Delivery" SET "state" = 'sending', "leaseOwner" = ?, "leaseExpiresAt" = ?,
      "attempts" = "attempts" + 1, "updatedAt" = ?
    WHERE "id" IN (SELECT "id" FROM "Delivery" WHERE ${DUE.replace("{channel}", "?").replace("{max}", "?").replaceAll("{now}", "?")}
      ORDER BY "nextAttemptAt" LIMIT ?)
    RETURNING "id"`;
  const rows = await db.$queryRawUnsafe<Array<{ id: string }>>(sql, owner, leaseUntil, nowText, channel, max, nowText, nowText, limit);
  return rows.map((row) => row.id);
}

/** Deliveries whose lease expired with no attempts left: dead, so nobody waits on them forever. */
export async function buryExhausted(db: Db, now = new Date()): Promise<number> {
  const result = await db.delivery.updateMany({
    where: { state: "sending", leaseExpiresAt: { lt: now }, attempts: { gte: MAX_ATTEMPTS } },
    data: { state: "dead", leaseOwner: null, leaseExpiresAt: null, lastError: "gave up: the worker stopped during every attempt" },
  });
  return result.count;
}
