import { OVERALL_LABEL } from "@/lib/domain/labels";
import { type ComponentStatus, type IncidentImpact, worstStatus } from "@/lib/domain/statuses";

export type OverallInput = {
  componentStatuses: string[];
  openIncidentImpacts: IncidentImpact[];
  maintenanceInProgress: boolean;
};

export type OverallStatus = { status: ComponentStatus; label: string };

// An open incident says something is wrong even before anyone marks a component: its impact
// counts like a component status. "none" impact (informational) changes nothing.
const IMPACT_AS_STATUS: Record<IncidentImpact, ComponentStatus> = {
  none: "operational",
  minor: "degraded_performance",
  major: "partial_outage",
  critical: "major_outage",
};

/**
 * The banner: the worst of component statuses, open incident impacts and running maintenance.
 * Worst first: major outage > partial outage > degraded > under maintenance > operational.
 */
export function overallStatus(input: OverallInput): OverallStatus {
  const status = worstStatus([
    ...input.componentStatuses,
    ...input.openIncidentImpacts.map((impact) => IMPACT_AS_STATUS[impact]),
    input.maintenanceInProgress ? "under_maintenance" : "operational",
  ]);
  return { status, label: OVERALL_LABEL[status] };
}
