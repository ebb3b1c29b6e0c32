import type { PublicIncident, PublicMaintenance } from "@/server/public/snapshot-types";
import { MaintenanceStatus } from "@/lib/domain/status-schemas";
import type { V2Component, V2Incident, V2IncidentUpdate, V2ScheduledMaintenance } from "./types";
import { zonedIso, zonedIsoOrNull } from "./zoned-time";

export type EventContext = { pageId: string; pageUrl: string; timeZone: string; components: Map<string, V2Component> };

// Hidden components are not in the map: they stay off the API as they stay off the page.
const componentsOf = (ctx: EventContext, list: Array<{ id: string }>) =>
  list.flatMap(({ id }) => {
    const component = ctx.components.get(id);
    return component ? [component] : [];
  });

type Update = { id: string; status: string; body: string; displayAt: string; createdAt?: string; updatedAt?: string };

// Maintenance updates never carry component changes: their components follow the maintenance itself.
function v2Update(u: Update, eventId: string, ctx: EventContext, affected: V2IncidentUpdate["affected_components"]): V2IncidentUpdate {
  const at = (iso: string) => zonedIso(iso, ctx.timeZone);
  return {
    id: u.id,
    status: u.status,
    body: u.body,
    incident_id: eventId,
    created_at: at(u.createdAt ?? u.displayAt),
    updated_at: at(u.updatedAt ?? u.createdAt ?? u.displayAt),
    display_at: at(u.displayAt),
    affected_components: affected,
  };
}

export function v2Incident(incident: PublicIncident, ctx: EventContext): V2Incident {
  const at = (iso: string) => zonedIso(iso, ctx.timeZone);
  const postmortem = incident.postmortem;
  const updates = incident.updates.map((u) =>
    v2Update(
      u,
      incident.id,
      ctx,
      u.changes.length > 0
        ? u.changes.map((c) => ({ code: c.componentId, name: c.name, old_status: c.oldStatus, new_status: c.newStatus }))
        : null,
    ),
  );
  return {
    id: incident.id,
    name: incident.title,
    // Statuspage marks a resolved incident with a published postmortem "postmortem".
    status: postmortem && incident.resolvedAt ? "postmortem" : incident.status,
    impact: incident.impact,
    created_at: at(incident.createdAt ?? incident.publishedAt),
    updated_at: at(incident.updatedAt),
    monitoring_at: zonedIsoOrNull(incident.monitoringAt ?? null, ctx.timeZone),
    resolved_at: zonedIsoOrNull(incident.resolvedAt, ctx.timeZone),
    started_at: at(incident.startedAt),
    shortlink: `${ctx.pageUrl}/incidents/${incident.slug}`,
    page_id: ctx.pageId,
    incident_updates: updates,
    components: componentsOf(ctx, incident.components),
    postmortem_body: postmortem?.body ?? null,
    postmortem_body_last_updated_at: postmortem ? at(postmortem.publishedAt) : null,
    postmortem_published_at: postmortem ? at(postmortem.publishedAt) : null,
    postmortem_ignored: false,
    postmortem_notified_subscribers: false,
    postmortem_notified_twitter: false,
  };
}

export function v2Maintenance(maintenance: PublicMaintenance, ctx: EventContext): V2ScheduledMaintenance {
  const at = (iso: string) => zonedIso(iso, ctx.timeZone);
  return {
    id: maintenance.id,
    name: maintenance.title,
    status: MaintenanceStatus.catch("scheduled").parse(maintenance.status),
    impact: "maintenance",
    created_at: at(maintenance.createdAt ?? maintenance.scheduledStart),
    updated_at: at(maintenance.updatedAt ?? maintenance.createdAt ?? maintenance.scheduledStart),
    monitoring_at: null,
    resolved_at: zonedIsoOrNull(maintenance.completedAt, ctx.timeZone),
    started_at: at(maintenance.startedAt ?? maintenance.scheduledStart),
    shortlink: `${ctx.pageUrl}/maintenance/${maintenance.slug}`,
    page_id: ctx.pageId,
    incident_updates: maintenance.updates.map((u) => v2Update(u, maintenance.id, ctx, null)),
    components: componentsOf(ctx, maintenance.components),
    scheduled_for: at(maintenance.scheduledStart),
    scheduled_until: at(maintenance.scheduledEnd),
  };
}
