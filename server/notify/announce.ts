import type { Tx } from "@/server/context";

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

/**
 * Records that subscribers are to be told about an event, inside the publishing transaction.
 * The outbox (one delivery per matching subscriber) hangs off this row.
 */
export async function announce(tx: Tx, announcement: Announcement): Promise<string> {
  const row = await tx.notification.create({ data: { ...announcement }, select: { id: true } });
  return row.id;
}
