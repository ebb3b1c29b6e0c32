import type { PublicComponent, PublicRow, PublicSnapshot } from "@/server/public/snapshot-types";
import { messages, plural, type Language } from "@/lib/i18n";
import { componentHref } from "@/lib/public-links";
import { ComponentUptime, type UptimeRange } from "./component-uptime";
import { STATUS_STYLE } from "./status-style";
import type { UptimeIncidentLinks } from "./uptime-popover";

export function StatusText({ status, lang }: { status: PublicComponent["status"]; lang: Language }) {
  const style = STATUS_STYLE[status];
  return (
    <span className={`inline-flex shrink-0 items-center gap-1.5 text-sm font-medium ${style.text}`}>
      <span aria-hidden>{style.icon}</span>
      {messages(lang).componentStatus[status]}
    </span>
  );
}

type Context = { range: UptimeRange; incidents: UptimeIncidentLinks; lang: Language };

// A row's incidents, so each row's props (sent to the browser) carry only the links its days can show.
function incidentsOf(component: PublicComponent, all: UptimeIncidentLinks): UptimeIncidentLinks {
  const ids = component.windows.flatMap((window) => (window.incidentId && all[window.incidentId] ? [window.incidentId] : []));
  return Object.fromEntries(ids.map((id) => [id, all[id]!]));
}

/** The windows and maintenance of the home page's range only: the snapshot keeps a year for the component pages. */
export function withinDays<T extends { end: number | null }>(spans: T[], days: number, generatedAt: string): T[] {
  const since = Date.parse(generatedAt) - (days + 1) * 86_400_000;
  return spans.filter((span) => span.end === null || span.end >= since);
}

function ComponentRow({ component, context }: { component: PublicComponent; context: Context }) {
  const { days, generatedAt } = context.range;
  const windows = withinDays(component.windows, days, generatedAt);
  return (
    <li data-component={component.name} className="flex flex-col gap-3 py-4">
      <div className="flex items-start justify-between gap-4">
        <div className="min-w-0">
          <h3 className="font-medium">
            {component.slug ? (
              <a href={componentHref(component.slug)} className="hover:underline">
                {component.name}
              </a>
            ) : (
              component.name
            )}
          </h3>
          {component.description && <p className="text-sm text-slate-600 dark:text-slate-400">{component.description}</p>}
        </div>
        <StatusText status={component.status} lang={context.lang} />
      </div>
      <ComponentUptime
        name={component.name}
        since={component.since}
        windows={windows}
        maintenance={withinDays(component.maintenance, days, generatedAt)}
        range={context.range}
        incidents={incidentsOf({ ...component, windows }, context.incidents)}
      />
    </li>
  );
}

export function ComponentList({ snapshot, lang }: { snapshot: PublicSnapshot; lang: Language }) {
  const rows: PublicRow[] = snapshot.rows;
  const m = messages(lang).home;
  if (rows.length === 0) return <p className="text-slate-600 dark:text-slate-400">{m.noComponents}</p>;
  const incidents = Object.fromEntries(snapshot.recentIncidents.map((i) => [i.id, { title: i.title, href: `/incidents/${i.slug}` }]));
  const { page, generatedAt } = snapshot;
  const context = { range: { days: page.uptimeDays, weights: page.uptimeWeights, generatedAt }, incidents, lang };
  return (
    <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 px-5 dark:divide-slate-800 dark:border-slate-800">
      {rows.map((row) =>
        row.kind === "component" ? (
          <ComponentRow key={row.component.id} component={row.component} context={context} />
        ) : (
          <li key={row.group.id} data-group={row.group.name} className="py-4">
            <details open={!row.group.collapsed || row.group.status !== "operational"} className="group/details">
              <summary className="flex cursor-pointer list-none items-center justify-between gap-4 rounded-md [&::-webkit-details-marker]:hidden">
                <h3 className="font-semibold">
                  <span aria-hidden className="mr-1.5 inline-block text-slate-500 transition-transform group-open/details:rotate-90">
                    ›
                  </span>
                  {row.group.name}
                  <span className="ml-2 text-xs font-normal text-slate-600 dark:text-slate-400">
                    {plural(lang, m.groupCount, row.group.components.length)}
                  </span>
                </h3>
                <StatusText status={row.group.status} lang={lang} />
              </summary>
              <ul className="mt-1 divide-y divide-slate-100 pl-4 dark:divide-slate-800/60">
                {row.group.components.map((component) => (
                  <ComponentRow key={component.id} component={component} context={context} />
                ))}
              </ul>
            </details>
          </li>
        ),
      )}
    </ul>
  );
}
