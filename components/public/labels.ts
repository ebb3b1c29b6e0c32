import type { IncidentImpact } from "@/lib/domain/statuses";

// Impact colours pair with the text label (lib/domain/labels.ts), never alone.
export const IMPACT_TONE: Record<IncidentImpact, string> = {
  none: "border-slate-300 text-slate-700 dark:border-slate-600 dark:text-slate-300",
  minor: "border-yellow-600 text-yellow-800 dark:border-yellow-500 dark:text-yellow-300",
  major: "border-orange-600 text-orange-800 dark:border-orange-500 dark:text-orange-300",
  critical: "border-red-600 text-red-800 dark:border-red-500 dark:text-red-300",
};
