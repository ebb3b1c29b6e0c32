import { beforeCommit, type Tx } from "@/server/context";
import { newWebhookMessageId } from "./message-id";
import { categoryOf, coalesceEvents, parseCategories, type OutboxEvent } from "./events";
import { buildPayload, loadPageContext } from "./webhook-payload";

// A transaction's events wait here for its end, so each body shows the final state (a resolve
// closes windows before it marks the incident resolved) and one change is sent once.
const pending = new WeakMap<Tx, OutboxEvent[]>();

/** Queues the event for the webhook rows written as the last step of `tx` (see beforeCommit). */
export function queueWebhook(tx: Tx, event: OutboxEvent): void {
  const list = pending.get(tx);
  if (list) {
    list.push(event);
    return;
  }
  beforeCommit(tx, async () => {
    const events = pending.get(tx) ?? [];
    pending.delete(tx);
    await writeWebhookDeliveries(tx, events);
  });
  pending.set(tx, [event]);
}

/**
 * Writes the events to the outbox: one notification (with the frozen JSON body) per event, one
 * queued delivery per enabled endpoint that subscribed to its category. Returns the deliveries written.
 */
export async function writeWebhookDeliveries(tx: Tx, events: OutboxEvent[], now = new Date()): Promise<number> {
  if (events.length === 0) return 0;
  const endpoints = await tx.webhookEndpoint.findMany({ where: { enabled: true }, select: { id: true, url: true, events: true } });
  if (endpoints.length === 0) return 0;
  const context = await loadPageContext(tx);
  let queued = 0;
  for (const event of coalesceEvents(events)) {
    const category = categoryOf(event);
    const targets =
      event.type === "ping"
        ? endpoints.filter((e) => e.id === event.endpointId)
        : endpoints.filter((e) => category && parseCategories(e.events).includes(category));
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
