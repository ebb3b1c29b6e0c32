import { randomBytes } from "node:crypto";
import type { DatabaseTarget } from "@/lib/database-url";
import type { Logger } from "pino";
import type { MailTransport } from "@/lib/mailer";
import type { Db } from "@/server/db";
import { buryExhausted, claimDeliveries } from "./claim";
import { composeDelivery } from "./compose";
import { isPaused } from "./job-control";
import { markFailed, markSent, markSkipped } from "./outcome";
import { classifySendError } from "./retry-policy";

export type WorkerOptions = {
  db: Db;
  provider: DatabaseTarget["provider"];
  transport: MailTransport;
  logger: Logger;
  /** Deliveries claimed per round; about the pool size keeps every connection busy. */
  batchSize?: number;
  leaseMs?: number;
  idleMs?: number;
  signal?: AbortSignal;
  /** Extra timed jobs run between rounds (maintenance auto start/complete, …). */
  tick?: () => Promise<void>;
};

// Removes its abort listener when the timer fires: an idle worker sleeps every second for weeks.
const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const wake = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", wake);
      resolve();
    };
    const timer = setTimeout(wake, ms);
    signal?.addEventListener("abort", wake, { once: true });
  });

/**
 * Whether the recipient may still get this message: queued mail waits, and meanwhile people
 * unsubscribe, bounce or get removed. A confirmation only goes to a pending sign-up.
 */
export function ineligible(kind: string, subscriber: { status: string; confirmToken: string | null } | null): string | null {
  if (!subscriber) return "the subscriber was removed";
  if (kind === "subscription_confirm") {
    return subscriber.status === "pending" && subscriber.confirmToken ? null : `the subscriber is ${subscriber.status}`;
  }
  return subscriber.status === "active" ? null : `the subscriber is ${subscriber.status}`;
}

/** Sends one claimed delivery and records the outcome. Never throws: failures are data. */
async function deliver(options: WorkerOptions, owner: string, id: string): Promise<string> {
  const { db, transport } = options;
  let delivery: { id: string; attempts: number; subscriberId: string | null } = { id, attempts: 0, subscriberId: null };
  try {
    const row = await db.delivery.findUniqueOrThrow({
      where: { id },
      select: { id: true, attempts: true, subscriberId: true, notification: { select: { kind: true } }, subscriber: { select: { status: true, confirmToken: true } } },
    });
    delivery = row;
    const refusal = ineligible(row.notification.kind, row.subscriber);
    if (refusal) return (await markSkipped(db, id, owner, refusal)) ? "skipped" : "lost";
    const mail = await composeDelivery(db, id);
    const { smtpId } = await transport.send(mail);
    return (await markSent(db, id, owner, smtpId)) ? "sent" : "lost";
  } catch (error) {
    const failure = classifySendError(error);
    options.logger.warn({ delivery: id, attempts: delivery.attempts, failure }, "delivery failed");
    return markFailed(db, delivery, owner, failure).catch((e) => {
      options.logger.error({ err: e, delivery: id }, "could not record a delivery failure; its lease will expire and it will be retried");
      return "lost";
    });
  }
}

/**
 * The delivery loop: claim due deliveries with a lease, send them concurrently through the
 * pooled transport, record each outcome; sleep when idle; respect the kill switch. Runs until
 * `signal` aborts. Returns counts (for tests and logs).
 */
export async function runDeliveryWorker(options: WorkerOptions): Promise<Record<string, number>> {
  const owner = `worker-${process.pid}-${randomBytes(4).toString("hex")}`;
  const { db, provider, logger, signal } = options;
  const batchSize = options.batchSize ?? 20;
  const leaseMs = options.leaseMs ?? 60_000;
  const idleMs = options.idleMs ?? 1_000;
  const counts: Record<string, number> = {};
  logger.info({ owner }, "delivery worker started");
  while (!signal?.aborted) {
    try {
      // A failing timed job must never hold up mail.
      await options.tick?.().catch((error: unknown) => logger.error({ err: error }, "worker tick failed"));
      await buryExhausted(db);
      if (await isPaused(db, "email")) {
        await sleep(idleMs, signal);
        continue;
      }
      const ids = await claimDeliveries(db, provider, { owner, limit: batchSize, leaseMs });
      if (ids.length === 0) {
        await sleep(idleMs, signal);
        continue;
      }
      const outcomes = await Promise.all(ids.map((id) => deliver(options, owner, id)));
      for (const outcome of outcomes) counts[outcome] = (counts[outcome] ?? 0) + 1;
    } catch (error) {
      // Database trouble: back off and keep going; leases make sure nothing is lost meanwhile.
      logger.error({ err: error }, "delivery round failed");
      await sleep(Math.max(idleMs, 2_000), signal);
    }
  }
  logger.info({ owner, counts }, "delivery worker stopped");
  return counts;
}
