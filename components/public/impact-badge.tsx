import { messages, type Language } from "@/lib/i18n";
import { INCIDENT_IMPACTS, type IncidentImpact } from "@/lib/domain/statuses";
import { IMPACT_TONE } from "./labels";

// `lang`: the public page's; the console leaves it out (English).
export function ImpactBadge({ impact, lang = "en" }: { impact: string; lang?: Language }) {
  const known: IncidentImpact = INCIDENT_IMPACTS.find((i) => i === impact) ?? "none";
  return (
    <span className={`inline-flex shrink-0 items-center rounded-full border px-2 py-0.5 text-xs font-medium ${IMPACT_TONE[known]}`}>
      {messages(lang).impact[known]}
    </span>
  );
}
