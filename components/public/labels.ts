export const INCIDENT_STATUS_LABEL: Record<string, string> = {
  investigating: "Investigating",
  identified: "Identified",
  monitoring: "Monitoring",
  resolved: "Resolved",
};

export const MAINTENANCE_STATUS_LABEL: Record<string, string> = {
  scheduled: "Scheduled",
  in_progress: "In progress",
  verifying: "Verifying",
  completed: "Completed",
};

// Impact colours pair with the text label, never alone.
export const IMPACT_STYLE: Record<string, { label: string; className: string }> = {
  none: { label: "No impact", className: "border-slate-300 text-slate-700 dark:border-slate-600 dark:text-slate-300" },
  minor: { label: "Minor", className: "border-yellow-600 text-yellow-800 dark:border-yellow-500 dark:text-yellow-300" },
  major: { label: "Major", className: "border-orange-600 text-orange-800 dark:border-orange-500 dark:text-orange-300" },
  critical: { label: "Critical", className: "border-red-600 text-red-800 dark:border-red-500 dark:text-red-300" },
};
