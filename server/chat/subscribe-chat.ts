import { createHash } from "node:crypto";
import { consumeRateLimit, type RateRule } from "@/server/auth/rate-limit";
import { inTransaction, type Ctx } from "@/server/context";
import { parseInput } from "@/server/errors";
import { queueChatConfirmation } from "@/server/outbox/chat";
import { assertChoosable } from "@/server/subscriber/components";
import { RateLimitError } from "@/server/subscriber/errors";
import { limitSubscribesFromIp } from "@/server/subscriber/rate-limits";
import { newLinkSalt } from "@/server/subscriber/tokens";
import { assertReachableTarget } from "@/server/webhook/rows";
import { SubscribeChatInput } from "./schemas";
import { CHAT_CONFIRM_TTL_MS } from "./tokens";
import { en } from "@/lib/i18n/en";
import { fill } from "@/lib/i18n";

/** The same answer whatever the URL's state: which channels are subscribed never shows. */
export const SUBSCRIBE_CHAT_ANSWER = en.answers.chatSent;

/** Confirmation messages one webhook URL can be sent a day, whoever asks: a channel cannot be flooded through us. */
export const CHAT_REQUESTS_PER_URL: RateRule = { windowSeconds: 24 * 3600, max: 3 };

async function limitPerUrl(ctx: Ctx, url: string): Promise<void> {
  const key = `subscribe|chat|${createHash("sha256").update(url, "utf8").digest("hex")}`;
  const decision = await consumeRateLimit(ctx.db, key, CHAT_REQUESTS_PER_URL);
  if (!decision.allowed) throw new RateLimitError(fill(en.answers.chatTooMany, { max: CHAT_REQUESTS_PER_URL.max }), decision.retryAfter);
}

/**
 * A visitor asks for updates in a chat channel. The channel gets only a confirmation message (its
 * link works for 48 hours); nothing else is posted there until someone who reads the channel
 * confirms. Channels already confirmed change nothing. Rate limited per IP and per webhook URL.
 */
export async function subscribeChat({
  ctx,
  input,
  ip,
  allowPrivate,
}: {
  ctx: Ctx;
  input: SubscribeChatInput;
  ip: string;
  allowPrivate?: boolean;
}) {
  await limitSubscribesFromIp(ctx.db, ip);
  const data = parseInput(SubscribeChatInput, input);
  await assertReachableTarget(data.url, allowPrivate);
  await limitPerUrl(ctx, data.url);
  await inTransaction(ctx, async (tx) => {
    await assertChoosable(tx, data.componentIds);
    const existing = await tx.chatChannel.findFirst({ where: { url: data.url }, select: { id: true, status: true } });
    if (existing && existing.status !== "pending") return;
    const pending = {
      kind: data.kind,
      components: JSON.stringify(data.componentIds),
      confirmNonce: newLinkSalt(),
      confirmExpiresAt: new Date(Date.now() + CHAT_CONFIRM_TTL_MS),
    };
    const channel = existing
      ? await tx.chatChannel.update({ where: { id: existing.id }, data: pending })
      : await tx.chatChannel.create({
          data: { ...pending, url: data.url, status: "pending", source: "visitor", manageSalt: newLinkSalt() },
        });
    await queueChatConfirmation(tx, channel);
  });
  return { message: SUBSCRIBE_CHAT_ANSWER };
}
