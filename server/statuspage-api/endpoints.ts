import type { PublicApiData, PublicSnapshot } from "@/server/public/snapshot-types";
import type { ComponentStatus } from "@/lib/domain/statuses";
import { v2Components } from "./map-components";
import { type EventContext, v2Incident, v2Maintenance } from "./map-events";
import type { V2Page, V2Status, V2Summary } from "./types";
import { zonedIso } from "./zoned-time";

/** The page has one settings row ("default"); its id stands for the page's. */
export const PAGE_ID = "default";

export const V2_STATUS: Record<ComponentStatus, V2Status> = {
  operational: { indicator: "none", description: "All Systems Operational" },
  under_maintenance: { indicator: "none", description: "Service Under Maintenance" },
  degraded_performance: { indicator: "minor", description: "Partially Degraded Service" },
  partial_outage: { indicator: "major", description: "Partial System Outage" },
  major_outage: { indicator: "critical", description: "Major System Outage" },
};

type Source = PublicSnapshot & { api: PublicApiData };

function context(snapshot: Source) {
  const timeZone = snapshot.page.timeZone;
  const pageUrl = snapshot.page.url.replace(/\/+$/, "");
  const page: V2Page = {
    id: PAGE_ID,
    name: snapshot.page.name,
    url: pageUrl,
    time_zone: timeZone,
    updated_at: zonedIso(snapshot.api.updatedAt, timeZone),
  };
  const components = v2Components(snapshot.api, PAGE_ID, timeZone);
  const events: EventContext = { pageId: PAGE_ID, pageUrl, timeZone, components: new Map(components.map((c) => [c.id, c])) };
  return { page, components, events };
}

const byScheduledStart = (a: { scheduledStart: string }, b: { scheduledStart: string }) => a.scheduledStart.localeCompare(b.scheduledStart);

/** Each endpoint of Statuspage's public API v2, built from the public snapshot alone. */
export const V2_ENDPOINTS = {
  summary: (s: Source): V2Summary => {
    const { page, components, events } = context(s);
    const { active, upcoming } = s.maintenance;
    return {
      page,
      components,
      incidents: s.activeIncidents.map((i) => v2Incident(i, events)),
      scheduled_maintenances: [...active, ...upcoming].sort(byScheduledStart).map((m) => v2Maintenance(m, events)),
      status: V2_STATUS[s.overall.status],
    };
  },
  status: (s: Source) => ({ page: context(s).page, status: V2_STATUS[s.overall.status] }),
  components: (s: Source) => {
    const { page, components } = context(s);
    return { page, components };
  },
  incidents: (s: Source) => {
    const { page, events } = context(s);
    return { page, incidents: s.api.incidents.map((i) => v2Incident(i, events)) };
  },
  unresolvedIncidents: (s: Source) => {
    const { page, events } = context(s);
    return { page, incidents: s.activeIncidents.map((i) => v2Incident(i, events)) };
  },
  scheduledMaintenances: (s: Source) => {
    const { page, events } = context(s);
    const { active, upcoming, past } = s.maintenance;
    const all = [...active, ...upcoming, ...past].sort((a, b) => byScheduledStart(b, a)).slice(0, 50);
    return { page, scheduled_maintenances: all.map((m) => v2Maintenance(m, events)) };
  },
  upcomingMaintenances: (s: Source) => {
    const { page, events } = context(s);
    return { page, scheduled_maintenances: [...s.maintenance.upcoming].sort(byScheduledStart).map((m) => v2Maintenance(m, events)) };
  },
  activeMaintenances: (s: Source) => {
    const { page, events } = context(s);
    return { page, scheduled_maintenances: [...s.maintenance.active].sort(byScheduledStart).map((m) => v2Maintenance(m, events)) };
  },
} as const;

export type V2Endpoint = keyof typeof V2_ENDPOINTS;

/**
 * The endpoint's JSON, or null when the snapshot predates the API (read from an older cache file).
 * `baseUrl` stands in for the page URL when settings have none.
 */
export function v2Payload(endpoint: V2Endpoint, snapshot: PublicSnapshot, baseUrl = ""): unknown {
  if (!snapshot.api) return null;
  const page = { ...snapshot.page, url: snapshot.page.url || baseUrl };
  return V2_ENDPOINTS[endpoint]({ ...snapshot, page, api: snapshot.api });
}
