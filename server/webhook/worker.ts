import { markFailed, markSent, markSkipped } from "@/server/delivery/outcome";
import { type LoopOptions, runOutboxLoop } from "@/server/delivery/outbox-loop";
import { retryDelayMs } from "@/server/delivery/retry-policy";
import { sendWebhook } from "./send";

export type WebhookWorkerOptions = LoopOptions & {
  /** How long one POST may take; well under the lease, so a slow receiver is not sent twice. */
  timeoutMs?: number;
  /** Allow receivers on loopback and private networks (WEBHOOK_ALLOW_PRIVATE); refused by default. */
  allowPrivate?: boolean;
  /** Backoff before the next attempt (tests shorten it). */
  retryDelay?: (attempts: number) => number;
};

async function deliver(options: WebhookWorkerOptions, owner: string, id: string): Promise<string> {
  const { db, logger } = options;
  let attempts = 0;
  try {
    const row = await db.delivery.findUniqueOrThrow({
      where: { id },
      select: {
        attempts: true,
        messageId: true,
        notification: { select: { payload: true } },
        endpoint: { select: { id: true, url: true, secret: true, enabled: true } },
      },
    });
    attempts = row.attempts;
    const { endpoint } = row;
    if (!endpoint) return (await markSkipped(db, id, owner, "the endpoint was removed")) ? "skipped" : "lost";
    if (!endpoint.enabled) return (await markSkipped(db, id, owner, "the endpoint is disabled")) ? "skipped" : "lost";
    const result = await sendWebhook(
      { url: endpoint.url, secret: endpoint.secret, messageId: row.messageId ?? `msg_${id}`, body: row.notification.payload ?? "{}" },
      { timeoutMs: options.timeoutMs ?? 10_000, allowPrivate: options.allowPrivate ?? false },
    );
    if (result.ok) return (await markSent(db, id, owner, null)) ? "sent" : "lost";
    logger.warn({ delivery: id, endpoint: endpoint.id, attempts, reason: result.failure.reason }, "webhook failed");
    const outcome = await markFailed(
      db,
      { id, attempts, subscriberId: null },
      owner,
      result.failure,
      new Date(),
      options.retryDelay ?? retryDelayMs,
    );
    if (result.status === 410 && outcome === "failed") {
      await db.webhookEndpoint.update({
        where: { id: endpoint.id },
        data: { enabled: false, disabledReason: `It answered 410 Gone on ${new Date().toISOString()}` },
      });
    }
    return outcome;
  } catch (error) {
    // Database trouble while recording: the lease expires and another round retries it.
    logger.error({ err: error, delivery: id }, "webhook delivery could not be recorded");
    return "lost";
  }
}

/** The webhook loop, beside the email loop in the worker process: a slow receiver never delays mail. */
export async function runWebhookWorker(options: WebhookWorkerOptions): Promise<Record<string, number>> {
  return runOutboxLoop({ batchSize: 10, ...options, channel: "webhook", deliver: (owner, id) => deliver(options, owner, id) });
}
