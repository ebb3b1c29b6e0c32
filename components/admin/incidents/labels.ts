import { COMPONENT_STATUS_LABEL, IMPACT_LABEL, INCIDENT_STATUS_LABEL, SEVERITY_LABEL } from "@/lib/domain/labels";

// The console's menus, in the words of lib/domain/labels.ts.
const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

export const STATUS_OPTIONS = options(INCIDENT_STATUS_LABEL);
export const OPEN_STATUS_OPTIONS = STATUS_OPTIONS.filter((o) => o.value !== "resolved");
export const IMPACT_OPTIONS = options(IMPACT_LABEL);
export const SEVERITY_OPTIONS = options(SEVERITY_LABEL);
/** What an incident may set a component to (server: AFFECTED_STATUSES). */
export const AFFECTED_STATUS_OPTIONS = options(COMPONENT_STATUS_LABEL).filter((o) => o.value !== "under_maintenance");

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
