import type { MailTransport } from "@/lib/mailer";
import { composeDelivery } from "./compose";
import { expandNextBatch } from "./expand";
import { markFailed, markSent, markSkipped } from "./outcome";
import { type LoopOptions, runOutboxLoop } from "./outbox-loop";
import { classifySendError } from "./retry-policy";

// batchSize: about the pool size keeps every SMTP connection busy.
export type WorkerOptions = LoopOptions & { transport: MailTransport };

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
 * The email loop: expands published announcements into deliveries (one batch a round) and claims
 * due email deliveries and sends them through the pooled transport.
 */
export async function runDeliveryWorker(options: WorkerOptions): Promise<Record<string, number>> {
  const prepare = async () => (await expandNextBatch(options.db, options.provider)) !== null;
  return runOutboxLoop({ ...options, channel: "email", deliver: (owner, id) => deliver(options, owner, id), prepare });
}
