import { z } from "zod";

/** What an endpoint can subscribe to; each event belongs to one. */
export const WEBHOOK_CATEGORIES = ["incident", "maintenance", "component"] as const;
export const WebhookCategory = z.enum(WEBHOOK_CATEGORIES);
export type WebhookCategory = z.infer<typeof WebhookCategory>;

export type IncidentEventType = "incident.created" | "incident.updated" | "incident.resolved" | "incident.postmortem_published";
export type MaintenanceEventType =
  | "maintenance.scheduled"
  | "maintenance.started"
  | "maintenance.verifying"
  | "maintenance.completed"
  | "maintenance.cancelled";

export type WebhookEvent =
  | { type: IncidentEventType; incidentId: string }
  | { type: MaintenanceEventType; maintenanceId: string }
  | { type: "component.status_changed"; componentId: string; oldStatus: string; newStatus: string; at: Date }
  | { type: "ping"; endpointId: string };

export type WebhookEventType = WebhookEvent["type"];

export function categoryOf(event: WebhookEvent): WebhookCategory | null {
  if (event.type === "ping") return null;
  return WebhookCategory.parse(event.type.slice(0, event.type.indexOf(".")));
}

export const parseCategories = (events: string): WebhookCategory[] =>
  events.split(",").flatMap((e) => (WebhookCategory.safeParse(e).success ? [e as WebhookCategory] : []));

/**
 * Events of one transaction, made ready to send: several changes of one component collapse into
 * one (first old status, last new status; none when it ended where it began), and one resource
 * announces a given event once.
 */
export function coalesceEvents(events: WebhookEvent[]): WebhookEvent[] {
  const out: WebhookEvent[] = [];
  const components = new Map<string, Extract<WebhookEvent, { type: "component.status_changed" }>>();
  const seen = new Set<string>();
  for (const event of events) {
    if (event.type === "component.status_changed") {
      const first = components.get(event.componentId);
      if (first) components.set(event.componentId, { ...first, newStatus: event.newStatus, at: event.at });
      else components.set(event.componentId, event);
      continue;
    }
    const key = `${event.type}:${"incidentId" in event ? event.incidentId : "maintenanceId" in event ? event.maintenanceId : event.endpointId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(event);
  }
  for (const change of components.values()) if (change.oldStatus !== change.newStatus) out.push(change);
  return out;
}
