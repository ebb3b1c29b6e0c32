import { LocalTime } from "@/components/time/local-time";
import { formatDuration } from "@/lib/time/format";
import { groupPeriods } from "@/lib/domain/periods";
import { fill, messages, type Language } from "@/lib/i18n";
import { localeOf } from "@/lib/i18n/languages";
import type { PublicIncident } from "@/server/public/snapshot-types";

const SEVERITY: Record<string, { bar: string }> = {
  degraded: { bar: "bg-yellow-500 dark:bg-yellow-400" },
  partial: { bar: "bg-orange-500 dark:bg-orange-400" },
  major: { bar: "bg-red-600 dark:bg-red-500" },
};

type Props = { windows: PublicIncident["windows"]; now: string; lang: Language };

/** Degradation windows on one time axis per component, then listed as periods with exact times. */
export function WindowTimeline({ windows, now, lang }: Props) {
  const all = messages(lang);
  const m = all.incident;
  const severityLabel = (severity: string) =>
    Object.hasOwn(all.severity, severity) ? all.severity[severity as keyof typeof all.severity] : severity;
  const [fromBefore, fromAfter = ""] = m.from.split("{time}");
  if (windows.length === 0) return null;
  const end = (w: Props["windows"][number]) => Date.parse(w.end ?? now);
  const from = Math.min(...windows.map((w) => Date.parse(w.start)));
  const to = Math.max(...windows.map(end));
  const span = Math.max(to - from, 60_000);
  const components = [...new Map(windows.map((w) => [w.componentId, w.componentName])).entries()];
  const periods = groupPeriods(windows, Date.parse(now));
  const pct = (t: number) => `${(((t - from) / span) * 100).toFixed(3)}%`;
  return (
    <figure className="flex flex-col gap-3">
      <div aria-hidden className="flex flex-col gap-2 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
        {components.map(([id, name]) => (
          <div key={id} className="grid grid-cols-[minmax(6rem,9rem)_1fr] items-center gap-3">
            <span className="truncate text-xs text-slate-700 dark:text-slate-300">{name}</span>
            <div className="relative h-4 rounded bg-slate-100 dark:bg-slate-800">
              {windows
                .filter((w) => w.componentId === id)
                .map((w) => (
                  <span
                    key={`${w.start}-${w.severity}`}
                    className={`absolute inset-y-0 rounded-sm ${SEVERITY[w.severity]?.bar ?? "bg-slate-400"}`}
                    style={{ left: pct(Date.parse(w.start)), width: `max(3px, calc(${pct(end(w))} - ${pct(Date.parse(w.start))}))` }}
                  />
                ))}
            </div>
          </div>
        ))}
        <div className="grid grid-cols-[minmax(6rem,9rem)_1fr] gap-3 text-[11px] text-slate-600 dark:text-slate-400">
          <span />
          <span className="flex justify-between">
            <LocalTime iso={new Date(from).toISOString()} format="datetime" />
            <LocalTime iso={new Date(to).toISOString()} format="time" />
          </span>
        </div>
      </div>
      <figcaption className="sr-only">{m.windowsCaption}</figcaption>
      <ol className="flex flex-col gap-3">
        {periods.map((period, index) => (
          <li key={period.start} data-period={index + 1} className="rounded-lg bg-slate-50 px-4 py-3 text-sm dark:bg-slate-900/60">
            <p className="font-medium">
              {fill(m.window, { n: index + 1 })} <LocalTime iso={new Date(period.start).toISOString()} format="datetime" />
              {period.end ? (
                <>
                  {" "}
                  – <LocalTime iso={new Date(period.end).toISOString()} format="time" /> (
                  {formatDuration(period.end - period.start, "short", localeOf(lang))})
                </>
              ) : (
                ` – ${m.ongoing}`
              )}
            </p>
            <ul className="mt-1 flex flex-col gap-0.5 text-slate-700 dark:text-slate-300">
              {period.windows.map((w) => (
                <li key={`${w.componentId}-${w.start}`} data-window={w.severity}>
                  <span aria-hidden className={`mr-1.5 inline-block size-2 rounded-full ${SEVERITY[w.severity]?.bar ?? ""}`} />
                  {w.componentName}: {severityLabel(w.severity)}
                  {Date.parse(w.start) !== period.start && (
                    <span className="text-slate-600 dark:text-slate-400">
                      {" "}
                      ({fromBefore}
                      <LocalTime iso={w.start} format="time" />
                      {fromAfter})
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </figure>
  );
}
