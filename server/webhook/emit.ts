import type { Tx } from "@/server/context";
import { categoryOf, coalesceEvents, parseCategories, type WebhookEvent } from "./events";
import { buildPayload, loadPageContext } from "./payload";
import { newWebhookMessageId } from "./signature";

// Events wait here until their transaction is about to commit, so each payload shows the final
// state (a resolve closes windows before it marks the incident resolved) and a rollback sends nothing.
const pending = new WeakMap<Tx, WebhookEvent[]>();

export function queueWebhookEvent(tx: Tx, event: WebhookEvent): void {
  const list = pending.get(tx);
  if (list) list.push(event);
  else pending.set(tx, [event]);
}

/**
 * Writes the transaction's events to the outbox: one notification (with the frozen JSON body) per
 * event, one queued delivery per enabled endpoint that subscribed to its category. Called by
 * `inTransaction` as the last step of the transaction it opened.
 */
export async function flushWebhookEvents(tx: Tx, now = new Date()): Promise<number> {
  const events = pending.get(tx);
  pending.delete(tx);
  if (!events?.length) return 0;
  const endpoints = await tx.webhookEndpoint.findMany({ where: { enabled: true }, select: { id: true, url: true, events: true } });
  if (endpoints.length === 0) return 0;
  const context = await loadPageContext(tx);
  let queued = 0;
  for (const event of coalesceEvents(events)) {
    const category = categoryOf(event);
    const targets =
      event.type === "ping" ? endpoints.filter((e) => e.id === event.endpointId) : endpoints.filter((e) => category && parseCategories(e.events).includes(category));
    if (targets.length === 0) continue;
    const payload = await buildPayload(tx, event, context, now);
    if (!payload) continue;
    const notification = await tx.notification.create({
      data: {
        kind: `webhook:${event.type}`,
        incidentId: "incidentId" in event ? event.incidentId : null,
        maintenanceId: "maintenanceId" in event ? event.maintenanceId : null,
        payload: JSON.stringify(payload),
        recipients: targets.length,
        // Complete as written: no audience for the worker to expand.
        expandedAt: now,
      },
      select: { id: true },
    });
    await tx.delivery.createMany({
      data: targets.map((endpoint) => ({
        notificationId: notification.id,
        endpointId: endpoint.id,
        channel: "webhook",
        recipient: endpoint.url,
        messageId: newWebhookMessageId(),
      })),
    });
    queued += targets.length;
  }
  return queued;
}
