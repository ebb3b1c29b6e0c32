import type { Tx } from "@/server/context";
import { incidentInclude, maintenanceInclude } from "@/server/public/build-snapshot";
import { pageIdentity, pageOverall, toApiComponent, toApiGroup } from "@/server/public/page-status";
import { toIncident, toMaintenance } from "@/server/public/to-public";
import { PAGE_ID, V2_STATUS } from "@/server/statuspage-api/endpoints";
import { v2Components } from "@/server/statuspage-api/map-components";
import { type EventContext, v2Incident, v2Maintenance } from "@/server/statuspage-api/map-events";
import { zonedIso } from "@/server/statuspage-api/zoned-time";
import { worstStatus } from "@/lib/domain/statuses";
import type { OutboxEvent } from "./events";

export type PageContext = { page: Record<string, string>; events: EventContext; timeZone: string };

/**
 * The page as it stands at the end of the publishing transaction: name, address and overall
 * status (server/public/page-status, as the public banner), plus the public components for the payloads.
 */
export async function loadPageContext(tx: Tx): Promise<PageContext> {
  // One after another: a transaction is one connection, and pg refuses overlapping queries on it.
  const setting = await tx.setting.findUnique({ where: { id: "default" } });
  const groups = await tx.componentGroup.findMany();
  const components = await tx.component.findMany({ where: { showcase: true } });
  const openIncidents = await tx.incident.findMany({ where: { publishedAt: { not: null }, resolvedAt: null }, select: { impact: true } });
  const running = await tx.maintenance.count({
    where: { publishedAt: { not: null }, cancelledAt: null, status: { in: ["in_progress", "verifying"] } },
  });
  const { name, url, timeZone } = pageIdentity(setting);
  const v2 = v2Components(
    { groups: groups.map(toApiGroup), components: components.map(toApiComponent), updatedAt: "", incidents: [] },
    PAGE_ID,
    timeZone,
  );
  const overall = pageOverall({ components, openIncidentImpacts: openIncidents.map((i) => i.impact), maintenanceInProgress: running > 0 });
  const status = V2_STATUS[overall.status];
  return {
    page: { id: PAGE_ID, name, url, time_zone: timeZone, status_indicator: status.indicator, status_description: status.description },
    events: { pageId: PAGE_ID, pageUrl: url, timeZone, components: new Map(v2.map((c) => [c.id, c])) },
    timeZone,
  };
}

/**
 * The Statuspage-style body `{meta, page, incident | component_update + component}` for one
 * event, or null when there is nothing public to say (a draft incident, a hidden component).
 * Maintenance travels as `incident`, as Statuspage sends it, in its scheduled-maintenance shape.
 */
export async function buildPayload(tx: Tx, event: OutboxEvent, context: PageContext, now: Date): Promise<Record<string, unknown> | null> {
  const meta = { event: event.type, created_at: zonedIso(now.toISOString(), context.timeZone) };
  const base = { meta, page: context.page };
  switch (event.type) {
    case "ping":
      return base;
    case "component.status_changed": {
      const component = context.events.components.get(event.componentId);
      if (!component) return null;
      const component_update = {
        id: `${event.componentId}:${event.at.getTime()}`,
        component_id: event.componentId,
        old_status: worstStatus([event.oldStatus]),
        new_status: worstStatus([event.newStatus]),
        created_at: zonedIso(event.at.toISOString(), context.timeZone),
      };
      return { ...base, component_update, component };
    }
    case "maintenance.scheduled":
    case "maintenance.started":
    case "maintenance.verifying":
    case "maintenance.completed":
    case "maintenance.cancelled": {
      const row = await tx.maintenance.findUnique({ where: { id: event.maintenanceId }, include: maintenanceInclude });
      if (!row?.publishedAt) return null;
      return { ...base, incident: v2Maintenance(toMaintenance(row), context.events) };
    }
    default: {
      const row = await tx.incident.findUnique({ where: { id: event.incidentId }, include: incidentInclude });
      if (!row?.publishedAt) return null;
      return { ...base, incident: v2Incident(toIncident(row), context.events) };
    }
  }
}
