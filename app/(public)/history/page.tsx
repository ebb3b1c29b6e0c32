import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { HistorySearch } from "@/components/public/history-search";
import { findShownComponent } from "@/server/public/component-page";
import { shownComponents } from "@/server/public/shown-components";
import { ImpactBadge } from "@/components/public/impact-badge";
import { labelOf } from "@/lib/domain/labels";
import { fill, messages } from "@/lib/i18n";
import { localeOf } from "@/lib/i18n/languages";
import { pageLanguage } from "@/server/public/page-language";
import { LocalTime } from "@/components/time/local-time";
import { historyPage } from "@/server/public/history";
import { historyHref } from "@/lib/public-links";
import { readPublicSnapshot } from "@/server/public/read-snapshot";

export async function generateMetadata(): Promise<Metadata> {
  return { title: messages(pageLanguage((await readPublicSnapshot())?.snapshot)).history.title };
}

const IMPACT_EDGE: Record<string, string> = {
  none: "border-l-slate-300 dark:border-l-slate-600",
  minor: "border-l-yellow-500",
  major: "border-l-orange-500",
  critical: "border-l-red-600",
};

type Props = { searchParams: Promise<{ page?: string; component?: string }> };

export default async function HistoryPage({ searchParams }: Props) {
  const [view, params] = await Promise.all([readPublicSnapshot(), searchParams]);
  if (!view) return null;
  const { snapshot } = view;
  const lang = pageLanguage(snapshot);
  const all = messages(lang);
  const t = all.history;
  const filter = params.component ? findShownComponent(snapshot, params.component) : null;
  if (params.component && !filter) notFound();
  const only = filter?.component;
  const history = historyPage(
    only ? snapshot.history.filter((i) => i.componentIds?.includes(only.id)) : snapshot.history,
    only ? snapshot.maintenance.past.filter((m) => m.components.some((c) => c.id === only.id)) : snapshot.maintenance.past,
    { page: Number(params.page ?? 1), timeZone: snapshot.page.timeZone, now: new Date(snapshot.generatedAt), locale: localeOf(lang) },
  );
  const components = shownComponents(snapshot).flatMap(({ component: c }) => (c.slug ? [{ id: c.id, slug: c.slug, name: c.name }] : []));
  const hrefs = Object.fromEntries([["", historyHref(1)], ...components.map((c) => [c.slug, historyHref(1, c.slug)])]);
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">{only ? fill(t.titleFor, { name: only.name }) : t.title}</h1>
      <HistorySearch components={components} current={only?.slug ?? null} hrefs={hrefs}>
        {history.months.map((month) => (
          <section key={month.key} aria-labelledby={`m-${month.key}`} data-month={month.key} className="flex flex-col gap-3">
            <h2 id={`m-${month.key}`} className="border-b border-slate-200 pb-2 text-lg font-semibold dark:border-slate-800">
              {month.label}
            </h2>
            {month.incidents.length === 0 && month.maintenance.length === 0 && (
              <p className="text-sm text-slate-600 dark:text-slate-400">{t.noIncidents}</p>
            )}
            <ul className="flex flex-col gap-3">
              {month.incidents.map((incident) => (
                <li key={incident.id} className={`border-l-4 pl-4 ${IMPACT_EDGE[incident.impact] ?? IMPACT_EDGE.none}`}>
                  <div className="flex flex-wrap items-start justify-between gap-2">
                    <a href={`/incidents/${incident.slug}`} className="font-medium text-slate-900 hover:underline dark:text-slate-100">
                      {incident.title}
                    </a>
                    <ImpactBadge impact={incident.impact} lang={lang} />
                  </div>
                  <p className="text-sm text-slate-600 dark:text-slate-400">
                    {labelOf(all.incidentStatus, incident.status)} · <LocalTime iso={incident.startedAt} format="datetime" />
                    {incident.resolvedAt && (
                      <>
                        {" "}
                        – <LocalTime iso={incident.resolvedAt} format="datetime" />
                      </>
                    )}
                  </p>
                </li>
              ))}
              {month.maintenance.map((m) => (
                <li key={m.id} className="border-l-4 border-l-blue-600 pl-4">
                  <p>
                    <a href={`/maintenance/${m.slug}`} className="font-medium text-slate-900 hover:underline dark:text-slate-100">
                      {m.title}
                    </a>{" "}
                    <span className="text-xs font-normal text-slate-600 dark:text-slate-400">{t.maintenanceTag}</span>
                  </p>
                  <p className="text-sm text-slate-600 dark:text-slate-400">
                    <LocalTime iso={m.startedAt ?? m.scheduledStart} format="datetime" /> –{" "}
                    <LocalTime iso={m.completedAt ?? m.scheduledEnd} format="datetime" />
                  </p>
                </li>
              ))}
            </ul>
          </section>
        ))}
        <nav aria-label={t.pagesLabel} className="flex justify-between text-sm font-medium">
          {history.hasNewer ? (
            <a href={historyHref(history.page - 1, only?.slug)} className="text-blue-700 hover:underline dark:text-blue-400">
              {t.newer}
            </a>
          ) : (
            <span />
          )}
          {history.hasOlder ? (
            <a href={historyHref(history.page + 1, only?.slug)} className="text-blue-700 hover:underline dark:text-blue-400">
              {t.older}
            </a>
          ) : (
            <span />
          )}
        </nav>
      </HistorySearch>
    </>
  );
}
