import type { DatabaseTarget } from "@/lib/database-url";
import type { Db } from "@/server/db";
import { MAX_ATTEMPTS, nextAttemptDelayMs, retryDelayMs, type SendFailure } from "./retry-policy";
import { sqlTime } from "./sql-time";

// Every transition is conditioned on still holding the lease: if it expired and another worker
// took the delivery over, ours is a no-op (and the send we just did is the rare duplicate).
const held = (id: string, owner: string) => ({ id, leaseOwner: owner, state: "sending" });

/** `smtpId`: the SMTP server's queue id for mail; null for webhooks (the HTTP answer is enough). */
export async function markSent(db: Db, id: string, owner: string, smtpId: string | null): Promise<boolean> {
  const result = await db.delivery.updateMany({
    where: held(id, owner),
    data: { state: "sent", sentAt: new Date(), smtpMessageId: smtpId, lastError: null, leaseOwner: null, leaseExpiresAt: null },
  });
  return result.count === 1;
}

/** Permanent → failed (and the subscriber suppressed on a bounce); transient → retry later, or dead when out of attempts. */
export async function markFailed(
  db: Db,
  delivery: { id: string; attempts: number; subscriberId: string | null },
  owner: string,
  failure: SendFailure,
  now = new Date(),
  delay: (attempts: number) => number = retryDelayMs,
): Promise<"failed" | "queued" | "dead" | "lost"> {
  const release = { leaseOwner: null, leaseExpiresAt: null, lastError: failure.reason };
  if (failure.kind === "permanent") {
    return db.$transaction(async (tx) => {
      const result = await tx.delivery.updateMany({ where: held(delivery.id, owner), data: { ...release, state: "failed" } });
      if (result.count === 0) return "lost";
      if (failure.bounce && delivery.subscriberId) {
        await tx.subscriber.updateMany({
          where: { id: delivery.subscriberId, status: "active" },
          data: { status: "bounced", suppressedAt: now, suppressReason: failure.reason },
        });
      }
      return "failed";
    });
  }
  const dead = delivery.attempts >= MAX_ATTEMPTS;
  const result = await db.delivery.updateMany({
    where: held(delivery.id, owner),
    data: dead
      ? { ...release, state: "dead" }
      : { ...release, state: "queued", nextAttemptAt: new Date(now.getTime() + nextAttemptDelayMs(delivery.attempts, failure, delay)) },
  });
  if (result.count === 0) return "lost";
  return dead ? "dead" : "queued";
}

/** Not sent because the recipient may no longer be mailed (unsubscribed, suppressed, removed). */
export async function markSkipped(db: Db, id: string, owner: string, reason: string): Promise<boolean> {
  const result = await db.delivery.updateMany({
    where: held(id, owner),
    data: { state: "failed", lastError: `not sent: ${reason}`, leaseOwner: null, leaseExpiresAt: null },
  });
  return result.count === 1;
}

/**
 * Records many sends in ONE statement (each with its SMTP id), each still conditioned on the lease.
 * Returns how many were recorded; the others were taken over meanwhile (their lease expired).
 */
export async function markSentMany(
  db: Db,
  provider: DatabaseTarget["provider"],
  owner: string,
  sent: Array<{ id: string; smtpId: string }>,
): Promise<number> {
  if (sent.length === 0) return 0;
  const now = sqlTime(provider, new Date());
  if (provider === "postgresql") {
    return db.$executeRawUnsafe(
      `UPDATE "Delivery" AS d SET "state" = 'sent', "smtpMessageId" = v.smtp, "lastError" = NULL, "leaseOwner" = NULL,
          "leaseExpiresAt" = NULL, "sentAt" = $1::timestamp, "updatedAt" = $1::timestamp
        FROM json_to_recordset($2::json) AS v(id text, smtp text)
        WHERE d."id" = v.id AND d."leaseOwner" = $3 AND d."state" = 'sending'`,
      now,
      JSON.stringify(sent.map(({ id, smtpId }) => ({ id, smtp: smtpId }))),
      owner,
    );
  }
  // SQLite: rows found through the primary key (a join on json_each would scan the table), each SMTP id looked up in an object.
  const byId = JSON.stringify(Object.fromEntries(sent.map(({ id, smtpId }) => [id, smtpId])));
  return db.$executeRawUnsafe(
    `UPDATE "Delivery" SET "state" = 'sent', "smtpMessageId" = json_extract(?, '$."' || "id" || '"'), "lastError" = NULL,
        "leaseOwner" = NULL, "leaseExpiresAt" = NULL, "sentAt" = ?, "updatedAt" = ?
      WHERE "id" IN (SELECT value FROM json_each(?)) AND "leaseOwner" = ? AND "state" = 'sending'`,
    byId,
    now,
    now,
    JSON.stringify(sent.map((s) => s.id)),
    owner,
  );
}

/**
 * Hands claimed deliveries back unsent and uncharged: the SMTP server could not be reached, which
 * says nothing about these messages, so the attempt the claim counted is returned.
 */
export async function releaseUncharged(db: Db, ids: string[], owner: string, reason: string): Promise<number> {
  if (ids.length === 0) return 0;
  const result = await db.delivery.updateMany({
    where: { id: { in: ids }, leaseOwner: owner, state: "sending", attempts: { gt: 0 } },
    data: { state: "queued", attempts: { decrement: 1 }, leaseOwner: null, leaseExpiresAt: null, lastError: `not sent yet: ${reason}` },
  });
  return result.count;
}
