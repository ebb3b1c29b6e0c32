// Browser-side labels (no zod in the client bundle); the values match server/status/statuses.ts.

export const INCIDENT_STATUS_TEXT: Record<string, string> = {
  investigating: "Investigating",
  identified: "Identified",
  monitoring: "Monitoring",
  resolved: "Resolved",
};

export const IMPACT_TEXT: Record<string, string> = { none: "None", minor: "Minor", major: "Major", critical: "Critical" };

export const SEVERITY_TEXT: Record<string, string> = { degraded: "Degraded", partial: "Partial outage", major: "Major outage" };

export const COMPONENT_STATUS_TEXT: Record<string, string> = {
  operational: "Operational",
  degraded_performance: "Degraded performance",
  partial_outage: "Partial outage",
  major_outage: "Major outage",
  under_maintenance: "Under maintenance",
};

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

export const STATUS_OPTIONS = options(INCIDENT_STATUS_TEXT);
export const OPEN_STATUS_OPTIONS = STATUS_OPTIONS.filter((o) => o.value !== "resolved");
export const IMPACT_OPTIONS = options(IMPACT_TEXT);
export const SEVERITY_OPTIONS = options(SEVERITY_TEXT);
/** What an incident may set a component to (server: AFFECTED_STATUSES). */
export const AFFECTED_STATUS_OPTIONS = options(COMPONENT_STATUS_TEXT).filter((o) => o.value !== "under_maintenance");

// Text colour pairs with the label, never alone; AA on white and on the dark background.
export const COMPONENT_STATUS_TONE: Record<string, string> = {
  operational: "text-green-800 dark:text-green-300",
  degraded_performance: "text-yellow-800 dark:text-yellow-300",
  partial_outage: "text-orange-800 dark:text-orange-300",
  major_outage: "text-red-800 dark:text-red-300",
  under_maintenance: "text-blue-800 dark:text-blue-300",
};

export const SEVERITY_TONE: Record<string, string> = {
  degraded: "bg-yellow-100 text-yellow-900 dark:bg-yellow-900/40 dark:text-yellow-200",
  partial: "bg-orange-100 text-orange-900 dark:bg-orange-900/40 dark:text-orange-200",
  major: "bg-red-100 text-red-900 dark:bg-red-900/40 dark:text-red-200",
};

export const pill = "inline-flex items-center rounded px-1.5 py-0.5 text-xs font-medium";
