import { Markdown } from "@/components/markdown/markdown";
import { LocalTime } from "@/components/time/local-time";
import { labelOf } from "@/lib/domain/labels";
import { messages, type Language } from "@/lib/i18n";
import type { PublicMaintenance } from "@/server/public/snapshot-types";
import { UpdateTimeline } from "./update-timeline";

export function MaintenanceCard({ maintenance, lang }: { maintenance: PublicMaintenance; lang: Language }) {
  const m = messages(lang);
  return (
    <article
      data-maintenance={maintenance.slug}
      className="rounded-xl border border-blue-200 bg-blue-50/40 p-5 dark:border-blue-900/60 dark:bg-blue-950/20"
    >
      <header className="mb-2 flex flex-wrap items-start justify-between gap-2">
        <h3 className="text-base font-semibold">
          <a href={`/maintenance/${maintenance.slug}`} className="hover:underline">
            {maintenance.title}
          </a>
        </h3>
        <span className="rounded-full border border-blue-700 px-2 py-0.5 text-xs font-medium text-blue-800 dark:border-blue-400 dark:text-blue-300">
          {labelOf(m.maintenanceStatus, maintenance.status)}
        </span>
      </header>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        <LocalTime iso={maintenance.scheduledStart} format="datetime" /> – <LocalTime iso={maintenance.scheduledEnd} format="datetime" />
      </p>
      {maintenance.components.length > 0 && (
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          <span className="font-medium">{m.home.affects}</span> {maintenance.components.map((c) => c.name).join(", ")}
        </p>
      )}
      {maintenance.body && (
        <div className="mt-3 text-[15px]">
          <Markdown source={maintenance.body} />
        </div>
      )}
      {maintenance.updates.length > 0 && (
        <div className="mt-4">
          <UpdateTimeline updates={maintenance.updates} kind="maintenance" lang={lang} />
        </div>
      )}
    </article>
  );
}
