import { randomBytes } from "node:crypto";
import type { Tx } from "@/server/context";

export const ENQUEUE_BATCH = 1_000;

/** Which subscribers an event reaches: active ones who chose none (= all) or one of its components. */
export function matchingSubscribers(componentIds: string[]) {
  const choice = componentIds.length
    ? [{ components: { none: {} } }, { components: { some: { componentId: { in: componentIds } } } }]
    : undefined;
  return { status: "active", ...(choice ? { OR: choice } : {}) };
}

export function newMessageId(domain: string): string {
  return `<${randomBytes(18).toString("base64url")}@${domain}>`;
}

/**
 * Writes one queued delivery per matching subscriber for a notification, inside the publishing
 * transaction. Subscribers are read in id-ordered batches, so memory stays flat whatever their
 * number; the unique idempotency key makes a second delivery of one event to one
 * subscriber impossible.
 */
export async function enqueueDeliveries(
  tx: Tx,
  notificationId: string,
  componentIds: string[],
  messageDomain: string,
): Promise<number> {
  let cursor: string | undefined;
  let total = 0;
  for (;;) {
    const batch = await tx.subscriber.findMany({
      where: matchingSubscribers(componentIds),
      select: { id: true, email: true },
      orderBy: { id: "asc" },
      take: ENQUEUE_BATCH,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    if (batch.length === 0) break;
    await tx.delivery.createMany({
      data: batch.map((subscriber) => ({
        notificationId,
        subscriberId: subscriber.id,
        recipient: subscriber.email,
        idempotencyKey: `${notificationId}:${subscriber.id}`,
        messageId: newMessageId(messageDomain),
      })),
    });
    total += batch.length;
    cursor = batch[batch.length - 1]!.id;
    if (batch.length < ENQUEUE_BATCH) break;
  }
  await tx.notification.update({ where: { id: notificationId }, data: { recipients: total } });
  return total;
}
