// The domain's vocabulary: every status and impact, one list each for the server, the pages and the
// emails. Their words for people are in ./labels.ts, their zod schemas in ./status-schemas.ts (kept
// apart so client components that need a list or a rank do not bundle zod).

// Worst first: the order decides which status wins when several apply.
export const COMPONENT_STATUSES = ["major_outage", "partial_outage", "degraded_performance", "under_maintenance", "operational"] as const;
export type ComponentStatus = (typeof COMPONENT_STATUSES)[number];

export const INCIDENT_IMPACTS = ["none", "minor", "major", "critical"] as const;
export type IncidentImpact = (typeof INCIDENT_IMPACTS)[number];

export const INCIDENT_STATUSES = ["investigating", "identified", "monitoring", "resolved"] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

export const WINDOW_SEVERITIES = ["degraded", "partial", "major"] as const;
export type WindowSeverity = (typeof WINDOW_SEVERITIES)[number];

export const MAINTENANCE_STATUSES = ["scheduled", "in_progress", "verifying", "completed"] as const;
export type MaintenanceStatus = (typeof MAINTENANCE_STATUSES)[number];

// ended: a follower of one incident whose incident was resolved (server/subscriber/follow.ts)
export const SUBSCRIBER_STATUSES = ["pending", "active", "unsubscribed", "bounced", "complained", "ended"] as const;
export type SubscriberStatus = (typeof SUBSCRIBER_STATUSES)[number];

/** Rank for comparisons: lower is worse. Unknown strings from the database count as operational. */
export function statusRank(status: string): number {
  const index = COMPONENT_STATUSES.indexOf(status as ComponentStatus);
  return index === -1 ? COMPONENT_STATUSES.length - 1 : index;
}

export function worstStatus(statuses: Iterable<string>): ComponentStatus {
  let worst: ComponentStatus = "operational";
  for (const status of statuses) if (statusRank(status) < statusRank(worst)) worst = status as ComponentStatus;
  return worst;
}
