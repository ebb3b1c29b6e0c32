import type { DayLevel, DayUptime } from "@/lib/domain/daily-uptime";
import { formatDay, formatUptime } from "@/lib/domain/uptime-format";
import { formatDuration } from "@/lib/time/format";
import { fill, messages, plural, type Language } from "@/lib/i18n";
import { localeOf } from "@/lib/i18n/languages";

export type UptimeIncidentLinks = Record<string, { title: string; href: string }>;

type Props = {
  id: string;
  day: DayUptime;
  isToday: boolean;
  incidents: UptimeIncidentLinks;
  ref: React.Ref<HTMLDivElement>;
  lang: Language;
};

// The dots take the bars' fills (uptime.css), so a level has one colour everywhere.
function Row({ level, label, value }: { level: DayLevel; label: string; value: string }) {
  return (
    <div className="flex items-center justify-between gap-4 py-0.5">
      <dt className="flex items-center gap-2 text-slate-700 dark:text-slate-300">
        <span aria-hidden className={`uptime-dot size-2 shrink-0 rounded-full ${level}`} />
        {label}
      </dt>
      <dd className="font-medium tabular-nums text-slate-900 dark:text-slate-100">{value}</dd>
    </div>
  );
}

/** Details of one day, placed by UptimeBars (absolute: it never moves the page). */
export function UptimePopover({ id, day, isToday, incidents, ref, lang }: Props) {
  const all = messages(lang);
  const m = all.uptime;
  const locale = localeOf(lang);
  const severities = (["major", "partial", "degraded"] as const).filter((severity) => day.bySeverityMs[severity] > 0);
  const links = day.incidentIds.flatMap((incidentId) => {
    const incident = incidents[incidentId];
    return incident ? [{ id: incidentId, ...incident }] : [];
  });
  const quiet = severities.length === 0 && day.maintenanceMs === 0;

  return (
    <div
      id={id}
      ref={ref}
      role="group"
      aria-label={fill(m.details, { date: formatDay(day.date, { locale }) })}
      style={{ visibility: "hidden", top: 0, left: 0 }}
      className="group/pop absolute z-20 w-72 max-w-[calc(100vw-16px)] rounded-lg border border-slate-200 bg-white p-3.5 text-sm shadow-lg shadow-slate-900/10 dark:border-slate-700 dark:bg-slate-900 dark:shadow-black/40"
    >
      <span
        aria-hidden
        className="absolute -top-[6px] left-(--arrow-x) size-3 -translate-x-1/2 rotate-45 border-t border-l border-slate-200 bg-white group-data-[side=top]/pop:top-auto group-data-[side=top]/pop:-bottom-[6px] group-data-[side=top]/pop:border-t-0 group-data-[side=top]/pop:border-l-0 group-data-[side=top]/pop:border-r group-data-[side=top]/pop:border-b dark:border-slate-700 dark:bg-slate-900"
      />
      <div className="flex items-baseline justify-between gap-3">
        <p className="font-semibold text-slate-900 dark:text-slate-100">{formatDay(day.date, { weekday: true, locale })}</p>
        {isToday && <span className="text-xs text-slate-600 dark:text-slate-400">{m.todaySoFar}</span>}
      </div>

      {day.level === "no_data" ? (
        <p className="mt-1.5 text-slate-600 dark:text-slate-400">{m.noDataDay}</p>
      ) : quiet ? (
        <p className="mt-1.5 flex items-center gap-2 text-slate-700 dark:text-slate-300">
          <span aria-hidden className="uptime-dot size-2 rounded-full" />
          {m.noDowntime}
        </p>
      ) : (
        <dl className="mt-2">
          {severities.map((severity) => (
            <Row
              key={severity}
              level={severity}
              label={all.severity[severity]}
              value={formatDuration(day.bySeverityMs[severity], "short", locale)}
            />
          ))}
          {day.maintenanceMs > 0 && (
            <Row level="maintenance" label={m.maintenance} value={formatDuration(day.maintenanceMs, "short", locale)} />
          )}
          {day.downtimeMs > 0 && (
            <div className="mt-1.5 flex justify-between gap-4 border-t border-slate-100 pt-1.5 text-slate-600 dark:border-slate-800 dark:text-slate-400">
              <dt>{m.uptimeThisDay}</dt>
              <dd className="tabular-nums">{formatUptime(day.uptime)}</dd>
            </div>
          )}
        </dl>
      )}

      {links.length > 0 && (
        <div className="mt-3 border-t border-slate-100 pt-2.5 dark:border-slate-800">
          <p className="text-xs font-medium text-slate-600 dark:text-slate-400">{plural(lang, m.incidentHeading, links.length)}</p>
          <ul className="mt-1 flex flex-col gap-1">
            {links.map((incident) => (
              <li key={incident.id}>
                <a
                  href={incident.href}
                  className="font-medium text-blue-700 underline-offset-2 hover:underline focus-visible:rounded-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 dark:text-blue-400 dark:focus-visible:outline-blue-400"
                >
                  {incident.title}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
