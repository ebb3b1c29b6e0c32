import { ComponentUptime } from "@/components/status/component-uptime";
import { StatusText } from "@/components/status/component-list";
import { LocalTime } from "@/components/time/local-time";
import { labelOf } from "@/lib/domain/labels";
import { fill, messages, plural, type Language } from "@/lib/i18n";
import { toLanguage } from "@/lib/i18n/languages";
import { COMPONENT_RANGES, componentHref, historyHref } from "@/lib/public-links";
import type { ComponentPageView } from "@/server/public/component-page";
import type { PublicPage } from "@/server/public/snapshot-types";
import { ImpactBadge } from "./impact-badge";
import { MaintenanceCard } from "./maintenance-card";

const rangeLabel = (lang: Language, days: number) => {
  const t = messages(lang).component;
  return days === 365 ? t.months12 : plural(lang, t.days, days);
};

/** One component: its status, every day of the chosen range as a bar, its incidents and maintenance. */
export function ComponentPage({ view, page, generatedAt }: { view: ComponentPageView; page: PublicPage; generatedAt: string }) {
  const { component, days } = view;
  const lang = toLanguage(page.language);
  const all = messages(lang);
  const t = all.component;
  const rangeText = rangeLabel(lang, days);
  return (
    <article className="flex flex-col gap-8" data-component-page={component.slug}>
      <header className="flex flex-col gap-3">
        <p className="text-sm">
          <a href="/" className="text-blue-700 hover:underline dark:text-blue-400">
            {t.back}
          </a>
        </p>
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="min-w-0">
            {view.groupName && <p className="text-sm text-slate-600 dark:text-slate-400">{view.groupName}</p>}
            <h1 className="text-2xl font-bold tracking-tight">{component.name}</h1>
            {component.description && <p className="mt-1 text-slate-700 dark:text-slate-300">{component.description}</p>}
          </div>
          <StatusText status={component.status} lang={lang} />
        </div>
      </header>

      <section aria-labelledby="uptime" className="flex flex-col gap-4 rounded-xl border border-slate-200 p-5 dark:border-slate-800">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="uptime" className="text-lg font-semibold">
            {fill(t.uptimeHeading, { range: rangeText })}
          </h2>
          <nav aria-label={t.rangeLabel}>
            <ul className="flex rounded-lg border border-slate-300 text-sm dark:border-slate-700">
              {COMPONENT_RANGES.map((range) => (
                <li key={range}>
                  <a
                    href={componentHref(component.slug, range)}
                    aria-current={range === days ? "page" : undefined}
                    className="block px-3 py-1.5 font-medium text-slate-700 hover:bg-slate-100 aria-[current=page]:bg-slate-900 aria-[current=page]:text-white dark:text-slate-300 dark:hover:bg-slate-800 dark:aria-[current=page]:bg-slate-100 dark:aria-[current=page]:text-slate-900"
                  >
                    {rangeLabel(lang, range)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </div>
        <ComponentUptime
          name={component.name}
          since={component.since}
          windows={component.windows}
          maintenance={component.maintenance}
          range={{ days, weights: page.uptimeWeights, generatedAt }}
          incidents={view.incidentLinks}
          all
        />
      </section>

      {view.upcomingMaintenance.length > 0 && (
        <section aria-labelledby="maintenance" className="flex flex-col gap-4">
          <h2 id="maintenance" className="text-lg font-semibold">
            {all.home.scheduledMaintenance}
          </h2>
          {view.upcomingMaintenance.map((m) => (
            <MaintenanceCard key={m.id} maintenance={m} lang={lang} />
          ))}
        </section>
      )}

      <section aria-labelledby="incidents" className="flex flex-col gap-3">
        <h2 id="incidents" className="text-lg font-semibold">
          {fill(t.incidentsHeading, { range: rangeText })}
        </h2>
        {view.incidents.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">{fill(t.noIncidents, { name: component.name })}</p>
        ) : (
          <ul className="flex flex-col gap-3">
            {view.incidents.map((incident) => (
              <li key={incident.id} data-incident={incident.slug} className="flex flex-wrap items-start justify-between gap-2">
                <div>
                  <a href={`/incidents/${incident.slug}`} className="font-medium hover:underline">
                    {incident.title}
                  </a>
                  <p className="text-sm text-slate-600 dark:text-slate-400">
                    {labelOf(all.incidentStatus, incident.status)} · <LocalTime iso={incident.startedAt} format="datetime" />
                  </p>
                </div>
                <ImpactBadge impact={incident.impact} lang={lang} />
              </li>
            ))}
          </ul>
        )}
        {view.pastMaintenance.length > 0 && (
          <>
            <h3 className="mt-2 font-semibold">{t.completedMaintenance}</h3>
            <ul className="flex flex-col gap-2">
              {view.pastMaintenance.map((m) => (
                <li key={m.id} className="text-sm">
                  <a href={`/maintenance/${m.slug}`} className="font-medium hover:underline">
                    {m.title}
                  </a>{" "}
                  <span className="text-slate-600 dark:text-slate-400">
                    <LocalTime iso={m.startedAt ?? m.scheduledStart} format="datetime" />
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
        <p className="flex flex-wrap gap-x-6 gap-y-1 text-sm font-medium">
          <a href={historyHref(1, component.slug)} className="text-blue-700 hover:underline dark:text-blue-400">
            {fill(t.allIncidents, { name: component.name })}
          </a>
          <a
            href={`/maintenance.ics?component=${encodeURIComponent(component.id)}`}
            className="text-blue-700 hover:underline dark:text-blue-400"
          >
            {t.calendar}
          </a>
        </p>
      </section>
    </article>
  );
}
