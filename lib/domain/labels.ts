import type { ComponentStatus, IncidentImpact, IncidentStatus, MaintenanceStatus, WindowSeverity } from "./statuses";

// The one wording of every status and impact, for pages, console, emails, feeds and the widget.
// Types only from ./statuses, so client components that show labels do not bundle zod.

export const COMPONENT_STATUS_LABEL: Record<ComponentStatus, string> = {
  operational: "Operational",
  degraded_performance: "Degraded performance",
  partial_outage: "Partial outage",
  major_outage: "Major outage",
  under_maintenance: "Under maintenance",
};

/** The page's banner for its overall status (the worst status: see server/status/overall.ts). */
export const OVERALL_LABEL: Record<ComponentStatus, string> = {
  operational: "All systems operational",
  degraded_performance: "Degraded performance",
  partial_outage: "Partial outage",
  major_outage: "Major outage",
  under_maintenance: "Under maintenance",
};

export const INCIDENT_STATUS_LABEL: Record<IncidentStatus, string> = {
  investigating: "Investigating",
  identified: "Identified",
  monitoring: "Monitoring",
  resolved: "Resolved",
};

// Whole phrases: each stands alone on a badge, in a menu and after a status ("Identified · Major impact").
export const IMPACT_LABEL: Record<IncidentImpact, string> = {
  none: "No impact",
  minor: "Minor impact",
  major: "Major impact",
  critical: "Critical impact",
};

/** A degradation window's severity, named as the component status it causes. */
export const SEVERITY_LABEL: Record<WindowSeverity, string> = {
  degraded: "Degraded performance",
  partial: "Partial outage",
  major: "Major outage",
};

/** A maintenance's status, and of its updates, the last of which may be the one that cancelled it. */
export const MAINTENANCE_STATUS_LABEL: Record<MaintenanceStatus | "cancelled", string> = {
  scheduled: "Scheduled",
  in_progress: "In progress",
  verifying: "Verifying",
  completed: "Completed",
  cancelled: "Cancelled",
};

/** The label of a value read from the database, which the schema does not constrain: itself when unknown. */
export function labelOf(labels: Readonly<Record<string, string>>, value: string): string {
  return Object.hasOwn(labels, value) ? labels[value]! : value;
}
