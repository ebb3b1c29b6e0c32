import { z } from "zod";

// Worst first: the order decides which status wins when several apply.
export const COMPONENT_STATUSES = [
  "major_outage",
  "partial_outage",
  "degraded_performance",
  "under_maintenance",
  "operational",
] as const;
export const ComponentStatus = z.enum(COMPONENT_STATUSES);
export type ComponentStatus = z.infer<typeof ComponentStatus>;

export const INCIDENT_IMPACTS = ["none", "minor", "major", "critical"] as const;
export const IncidentImpact = z.enum(INCIDENT_IMPACTS);
export type IncidentImpact = z.infer<typeof IncidentImpact>;

export const INCIDENT_STATUSES = ["investigating", "identified", "monitoring", "resolved"] as const;
export const IncidentStatus = z.enum(INCIDENT_STATUSES);
export type IncidentStatus = z.infer<typeof IncidentStatus>;

export const WINDOW_SEVERITIES = ["degraded", "partial", "major"] as const;
export const WindowSeverity = z.enum(WINDOW_SEVERITIES);
export type WindowSeverity = z.infer<typeof WindowSeverity>;

export const MAINTENANCE_STATUSES = ["scheduled", "in_progress", "verifying", "completed"] as const;
export const MaintenanceStatus = z.enum(MAINTENANCE_STATUSES);
export type MaintenanceStatus = z.infer<typeof MaintenanceStatus>;

export const COMPONENT_STATUS_LABEL: Record<ComponentStatus, string> = {
  operational: "Operational",
  degraded_performance: "Degraded performance",
  partial_outage: "Partial outage",
  major_outage: "Major outage",
  under_maintenance: "Under maintenance",
};

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
