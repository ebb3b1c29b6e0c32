import { markFailed, markSent, markSkipped } from "@/server/delivery/outcome";
import { type LoopOptions, runOutboxLoop } from "@/server/delivery/outbox-loop";
import { retryDelayMs } from "@/server/delivery/retry-policy";
import { postJson, USER_AGENT } from "@/server/webhook/send";
import { chatMessageFor } from "./content";
import { formatChat } from "./format";
import type { ChatKind } from "./message";

export type ChatWorkerOptions = LoopOptions & {
  /** How long one POST may take; well under the lease. */
  timeoutMs?: number;
  /** Receivers on loopback and private networks (WEBHOOK_ALLOW_PRIVATE); refused by default. */
  allowPrivate?: boolean;
  /** Backoff before the next attempt (tests shorten it). */
  retryDelay?: (attempts: number) => number;
};

// Slack answers 404 "no_service" and 410 for a removed or archived channel, Discord 404 "Unknown
// Webhook", Teams 404 for a deleted connector: retrying will never reach anyone, so the channel is
// switched off and the admin sees why.
const GONE = [404, 410];

async function deliver(options: ChatWorkerOptions, owner: string, id: string): Promise<string> {
  const { db, logger } = options;
  try {
    const row = await db.delivery.findUniqueOrThrow({
      where: { id },
      select: {
        attempts: true,
        notificationId: true,
        notification: { select: { kind: true } },
        chatChannel: { select: { id: true, kind: true, url: true, status: true, source: true, manageSalt: true, confirmNonce: true } },
      },
    });
    const channel = row.chatChannel;
    const skip = async (reason: string) => ((await markSkipped(db, id, owner, reason)) ? "skipped" : "lost");
    if (!channel) return skip("the channel was removed");
    const confirming = row.notification.kind === "chat:chat_confirm";
    if (confirming ? channel.status !== "pending" : channel.status !== "active") return skip(`the channel is ${channel.status}`);
    const message = await chatMessageFor(db, row.notificationId, channel);
    if (!message) return skip("the confirmation link was replaced");
    const body = JSON.stringify(formatChat(channel.kind as ChatKind, message));
    const result = await postJson(channel.url, { "Content-Type": "application/json", "User-Agent": USER_AGENT }, body, {
      timeoutMs: options.timeoutMs ?? 10_000,
      allowPrivate: options.allowPrivate ?? false,
      gone: GONE,
    });
    if (result.ok) return (await markSent(db, id, owner, null)) ? "sent" : "lost";
    logger.warn({ delivery: id, channel: channel.id, attempts: row.attempts, reason: result.failure.reason }, "chat message failed");
    const outcome = await markFailed(
      db,
      { id, attempts: row.attempts, subscriberId: null },
      owner,
      result.failure,
      new Date(),
      options.retryDelay ?? retryDelayMs,
    );
    if (result.failure.kind === "permanent" && outcome === "failed") {
      await db.chatChannel.updateMany({
        where: { id: channel.id, status: { not: "disabled" } },
        data: { status: "disabled", disabledReason: `The provider answered ${result.failure.reason} on ${new Date().toISOString()}` },
      });
    }
    return outcome;
  } catch (error) {
    // Database trouble while recording: the lease expires and another round retries it.
    logger.error({ err: error, delivery: id }, "chat delivery could not be recorded");
    return "lost";
  }
}

/** The chat loop, beside the email and webhook loops: a slow chat provider never delays mail. */
export async function runChatWorker(options: ChatWorkerOptions): Promise<Record<string, number>> {
  return runOutboxLoop({ batchSize: 10, ...options, channel: "chat", deliver: (owner, id) => deliver(options, owner, id) });
}
