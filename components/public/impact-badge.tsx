import { IMPACT_LABEL } from "@/lib/domain/labels";
import { INCIDENT_IMPACTS, type IncidentImpact } from "@/lib/domain/statuses";
import { IMPACT_TONE } from "./labels";

export function ImpactBadge({ impact }: { impact: string }) {
  const known: IncidentImpact = INCIDENT_IMPACTS.find((i) => i === impact) ?? "none";
  return (
    <span className={`inline-flex shrink-0 items-center rounded-full border px-2 py-0.5 text-xs font-medium ${IMPACT_TONE[known]}`}>
      {IMPACT_LABEL[known]}
    </span>
  );
}
