import type { PublicIncident } from "@/server/public/snapshot-types";
import { messages, type Language } from "@/lib/i18n";
import { ImpactBadge } from "./impact-badge";
import { UpdateTimeline } from "./update-timeline";

/** An unresolved incident on the home page, with its whole timeline. */
export function IncidentCard({ incident, lang }: { incident: PublicIncident; lang: Language }) {
  return (
    <article data-incident={incident.slug} className="rounded-xl border border-slate-200 p-5 shadow-sm dark:border-slate-800">
      <header className="mb-4 flex flex-wrap items-start justify-between gap-2">
        <h3 className="text-base font-semibold">
          <a href={`/incidents/${incident.slug}`} className="hover:underline">
            {incident.title}
          </a>
        </h3>
        <ImpactBadge impact={incident.impact} lang={lang} />
      </header>
      {incident.components.length > 0 && (
        <p className="mb-4 text-sm text-slate-700 dark:text-slate-300">
          <span className="font-medium">{messages(lang).home.affects}</span> {incident.components.map((c) => c.name).join(", ")}
        </p>
      )}
      <UpdateTimeline updates={incident.updates} lang={lang} />
    </article>
  );
}
