import type { Tx } from "@/server/context";
import { encodeAudience } from "./audience";

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
 * Tells subscribers about an event, inside the publishing transaction: ONE notification row that
 * names its audience (the affected components, subscribers active as of now), whatever the list
 * size. The worker expands it into per-subscriber deliveries in batches (server/delivery/expand.ts)
 * and sends them; the publish never waits for either.
 */
export async function announce(tx: Tx, announcement: Announcement): Promise<string> {
  const audienceComponents = encodeAudience(await affectedComponents(tx, announcement));
  const notification = await tx.notification.create({ data: { ...announcement, audienceComponents }, select: { id: true } });
  return notification.id;
}
