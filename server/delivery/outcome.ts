import type { Db } from "@/server/db";
import { MAX_ATTEMPTS, retryDelayMs, type SendFailure } from "./retry-policy";

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
    data: dead ? { ...release, state: "dead" } : { ...release, state: "queued", nextAttemptAt: new Date(now.getTime() + delay(delivery.attempts)) },
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
