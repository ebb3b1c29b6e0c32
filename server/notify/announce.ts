import type { Tx } from "@/server/context";
import { enqueueDeliveries } from "@/server/delivery/enqueue";
import { messageDomain } from "@/server/delivery/message-domain";

export type AnnouncementKind =
  | "incident_published"
  | "incident_updated"
  | "incident_resolved"
  | "postmortem_published"
  | "maintenance_scheduled"
  | "maintenance_started"
  | "maintenance_completed";

export type Announcement = {
  kind: AnnouncementKind;
  incidentId?: string;
  updateId?: string;
  maintenanceId?: string;
  postmortemId?: string;
};

async function affectedComponents(tx: Tx, a: Announcement): Promise<string[]> {
  if (a.maintenanceId) {
    const rows = await tx.maintenanceComponent.findMany({ where: { maintenanceId: a.maintenanceId }, select: { componentId: true } });
    return rows.map((r) => r.componentId);
  }
  const incidentId = a.incidentId ?? (a.postmortemId ? (await tx.postmortem.findUnique({ where: { id: a.postmortemId } }))?.incidentId : undefined);
  if (!incidentId) return [];
  const rows = await tx.incidentComponent.findMany({ where: { incidentId }, select: { componentId: true } });
  return rows.map((r) => r.componentId);
}

/**
 * Tells subscribers about an event, inside the publishing transaction: one notification row and
 * one queued delivery per matching active subscriber (the outbox). Sending happens later, in the
 * worker; the publish never waits for it.
 */
export async function announce(tx: Tx, announcement: Announcement): Promise<string> {
  const notification = await tx.notification.create({ data: { ...announcement }, select: { id: true } });
  const components = await affectedComponents(tx, announcement);
  await enqueueDeliveries(tx, notification.id, components, await messageDomain(tx));
  return notification.id;
}
