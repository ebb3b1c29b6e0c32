import type { ComponentStatus } from "@/lib/domain/statuses";

// Colour is never the only signal: every status also has a distinct icon and text.
export const STATUS_STYLE: Record<ComponentStatus, { text: string; bg: string; icon: string }> = {
  operational: { text: "text-status-operational dark:text-green-400", bg: "bg-status-operational", icon: "✓" },
  degraded_performance: { text: "text-status-degraded dark:text-yellow-400", bg: "bg-status-degraded", icon: "!" },
  partial_outage: { text: "text-status-partial dark:text-orange-400", bg: "bg-status-partial", icon: "!" },
  major_outage: { text: "text-status-major dark:text-red-400", bg: "bg-status-major", icon: "✕" },
  under_maintenance: { text: "text-status-maintenance dark:text-blue-400", bg: "bg-status-maintenance", icon: "⚙" },
};
