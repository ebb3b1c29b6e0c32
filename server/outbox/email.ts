import type { Tx } from "@/server/context";
import type { Announcement } from "./announcement";
import { encodeAudience } from "./audience";
import { writeChatDeliveries } from "./chat";
import { canEmail, EMAIL_KIND, type OutboxEvent } from "./events";

export type { Announcement };

/** The email an event sends, or null when it sends none (not notified, or a webhook-only kind). */
export function announcementOf(event: OutboxEvent): Announcement | null {
  if (!canEmail(event) || !event.notify) return null;
  const { type, notify: _notify, ...ids } = event;
  return { kind: EMAIL_KIND[type], ...ids };
}

async function affectedComponents(tx: Tx, a: Announcement): Promise<string[]> {
  if (a.maintenanceId) {
    const rows = await tx.maintenanceComponent.findMany({ where: { maintenanceId: a.maintenanceId }, select: { componentId: true } });
    return rows.map((r) => r.componentId);
  }
  const incidentId =
    a.incidentId ?? (a.postmortemId ? (await tx.postmortem.findUnique({ where: { id: a.postmortemId } }))?.incidentId : undefined);
  if (!incidentId) return [];
  const rows = await tx.incidentComponent.findMany({ where: { incidentId }, select: { componentId: true } });
  return rows.map((r) => r.componentId);
}

/**
 * Tells subscribers about an event, inside the publishing transaction: ONE notification row that
 * names its audience (the affected components, subscribers active as of now), whatever the list
 * size (and, beside it, one chat delivery per channel that hears of it). The worker expands it into per-subscriber deliveries in batches (server/delivery/expand.ts)
 * and sends them; the publish never waits for either.
 */
export async function announce(tx: Tx, announcement: Announcement): Promise<string> {
  const affected = await affectedComponents(tx, announcement);
  const notification = await tx.notification.create({
    data: { ...announcement, audienceComponents: encodeAudience(affected) },
    select: { id: true },
  });
  // Chat channels hear the same announcement through the same outbox.
  await writeChatDeliveries(tx, announcement, affected);
  return notification.id;
}
