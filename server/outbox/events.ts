import { z } from "zod";

/** What a webhook endpoint can subscribe to; each event but a ping belongs to one. */
export const WEBHOOK_CATEGORIES = ["incident", "maintenance", "component"] as const;
export const WebhookCategory = z.enum(WEBHOOK_CATEGORIES);
export type WebhookCategory = z.infer<typeof WebhookCategory>;

/** With `notify`, subscribers are emailed about it too; webhooks always hear of it. */
type Told = { notify?: boolean };

/**
 * Everything that goes out about a change: each is sent to the webhook endpoints that chose its
 * category, and the ones that can be `notify`-ed are emailed to the subscribers of their components.
 */
export type OutboxEvent =
  | ({ type: "incident.created" | "incident.updated" | "incident.resolved"; incidentId: string; updateId?: string } & Told)
  | ({ type: "incident.postmortem_published"; incidentId: string; postmortemId: string } & Told)
  | ({ type: "maintenance.scheduled" | "maintenance.started" | "maintenance.completed"; maintenanceId: string } & Told)
  | { type: "maintenance.verifying" | "maintenance.cancelled"; maintenanceId: string }
  | { type: "component.status_changed"; componentId: string; oldStatus: string; newStatus: string; at: Date }
  | { type: "ping"; endpointId: string };

export type OutboxEventType = OutboxEvent["type"];

/** Notification.kind of the email each event sends when notified; events without one are webhook-only. */
export const EMAIL_KIND = {
  "incident.created": "incident_published",
  "incident.updated": "incident_updated",
  "incident.resolved": "incident_resolved",
  "incident.postmortem_published": "postmortem_published",
  "maintenance.scheduled": "maintenance_scheduled",
  "maintenance.started": "maintenance_started",
  "maintenance.completed": "maintenance_completed",
} as const satisfies Partial<Record<OutboxEventType, string>>;

export type EmailKind = (typeof EMAIL_KIND)[keyof typeof EMAIL_KIND];

/** Whether the event is one subscribers can be emailed about (whether or not this one is). */
export const canEmail = (event: OutboxEvent): event is Extract<OutboxEvent, Told> => event.type in EMAIL_KIND;

export function categoryOf(event: OutboxEvent): WebhookCategory | null {
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
export function coalesceEvents(events: OutboxEvent[]): OutboxEvent[] {
  const out: OutboxEvent[] = [];
  const components = new Map<string, Extract<OutboxEvent, { type: "component.status_changed" }>>();
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
