import { inTransaction, type Ctx, type Tx } from "@/server/context";
import { parseInput } from "@/server/errors";
import { assertChoosable, replaceComponents } from "./components";
import { normalizeEmail } from "./email";
import { followableIncident, followerKey } from "./follow";
import { limitSubscribesForAddress, limitSubscribesFromIp } from "./rate-limits";
import { SubscribeInput } from "./schemas";
import { CONFIRM_TTL_MS, newLinkSalt } from "./tokens";
import { en } from "@/lib/i18n/en";

/**
 * Whatever the address's state, the visitor reads the same thing: who is subscribed never shows. The English
 * catalog's sentence: the subscribe form shows it in the page's language.
 */
export const SUBSCRIBE_ANSWER = en.subscribe.sent;

/** The confirmation email: one notification with one delivery, to this subscriber only. */
async function queueConfirmation(tx: Tx, subscriber: { id: string; email: string }): Promise<void> {
  const notification = await tx.notification.create({
    data: { kind: "subscription_confirm", recipients: 1, expandedAt: new Date() },
    select: { id: true },
  });
  await tx.delivery.create({ data: { notificationId: notification.id, subscriberId: subscriber.id, recipient: subscriber.email } });
}

/**
 * Public sign-up (double opt-in). A new, pending or unsubscribed address becomes pending with a
 * fresh single-use token (48 h) and its confirmation email queued in the same transaction. An
 * active address changes nothing and gets no email; a suppressed one (bounced, complained) is
 * never mailed. Rate limited per IP, per inbox and per domain; the answer is the same in every case.
 * With `incidentId` the subscription follows that incident only (server/subscriber/follow.ts): a
 * row of its own, so following never changes the address's page subscription.
 */
export async function subscribe({ ctx, input, ip }: { ctx: Ctx; input: SubscribeInput; ip: string }): Promise<{ message: string }> {
  // Public: nothing to authorize. The IP limit counts every attempt, valid or not.
  await limitSubscribesFromIp(ctx.db, ip);
  const data = parseInput(SubscribeInput, input);
  const address = normalizeEmail(data.email);
  await limitSubscribesForAddress(ctx.db, address);
  const emailNormalized = data.incidentId ? followerKey(data.incidentId, address) : address;
  try {
    await inTransaction(ctx, async (tx) => {
      // A follower gets one incident's updates: components do not apply.
      if (data.incidentId) await followableIncident(tx, data.incidentId);
      else await assertChoosable(tx, data.componentIds);
      const existing = await tx.subscriber.findUnique({ where: { emailNormalized }, select: { id: true, status: true } });
      if (existing && existing.status !== "pending" && existing.status !== "unsubscribed") return;
      const confirmation = { status: "pending", confirmNonce: newLinkSalt(), confirmExpiresAt: new Date(Date.now() + CONFIRM_TTL_MS) };
      const subscriber = existing
        ? await tx.subscriber.update({ where: { id: existing.id }, data: { email: data.email, ...confirmation } })
        : await tx.subscriber.create({
            data: {
              email: data.email,
              emailNormalized,
              incidentId: data.incidentId ?? null,
              source: "signup",
              manageSalt: newLinkSalt(),
              ...confirmation,
            },
          });
      if (!data.incidentId) await replaceComponents(tx, subscriber.id, data.componentIds);
      await queueConfirmation(tx, subscriber);
    });
  } catch (error) {
    // The same address signed up at the same moment elsewhere: that request sends the email.
    if ((error as { code?: string }).code !== "P2002") throw error;
  }
  return { message: SUBSCRIBE_ANSWER };
}
