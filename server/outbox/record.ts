import type { Tx } from "@/server/context";
import { announce, announcementOf } from "./email";
import type { OutboxEvent } from "./events";
import { queueWebhook } from "./webhooks";

/**
 * Records what goes out about a change, inside the change's transaction (the outbox: it all
 * commits or rolls back with the change). The email notification is written now, when the event
 * is `notify`-ed; the webhook deliveries as the transaction's last step, so their bodies show its
 * final state. Workers send both later. Returns the email notification's id, or null.
 */
export async function record(tx: Tx, event: OutboxEvent): Promise<string | null> {
  const announcement = announcementOf(event);
  const notificationId = announcement ? await announce(tx, announcement) : null;
  queueWebhook(tx, event);
  return notificationId;
}
