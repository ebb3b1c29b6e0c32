import type { ComponentStatus, WindowSeverity } from "@/lib/domain/statuses";

const FROM_SEVERITY: Record<WindowSeverity, ComponentStatus> = {
  major: "major_outage",
  partial: "partial_outage",
  degraded: "degraded_performance",
};
const RANK: WindowSeverity[] = ["major", "partial", "degraded"];

/**
 * A component's automatic status: the worst open degradation window; else under maintenance while
 * a maintenance covering it runs; else operational. (Manual status is handled by the caller.)
 */
export function deriveComponentStatus(input: { openSeverities: string[]; maintenanceActive: boolean }): ComponentStatus {
  const worst = RANK.find((severity) => input.openSeverities.includes(severity));
  if (worst) return FROM_SEVERITY[worst];
  return input.maintenanceActive ? "under_maintenance" : "operational";
}
