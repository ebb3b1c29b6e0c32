import type { DayLevel, DayUptime } from "@/lib/domain/daily-uptime";
import { formatDay } from "@/lib/domain/uptime-format";
import { formatDuration } from "@/lib/time/format";
import { fill, messages, plural, type Language } from "@/lib/i18n";
import { localeOf } from "@/lib/i18n/languages";

/** A day's class for its fill (components/status/uptime.css); operational is the default and needs none. */
export function levelClass(level: DayLevel): string | undefined {
  return level === "operational" ? undefined : level;
}

/** The spoken summary of a day: "25 Nov 2026: 12 minutes partial outage, 1 incident". */
export function dayAccessibleName(day: DayUptime, incidentCount: number, isToday: boolean, lang: Language = "en"): string {
  const all = messages(lang);
  const m = all.uptime;
  const locale = localeOf(lang);
  const parts: string[] = [];
  for (const severity of ["major", "partial", "degraded"] as const) {
    const ms = day.bySeverityMs[severity];
    if (ms > 0) parts.push(fill(m.dayAffected, { duration: formatDuration(ms, "long", locale), severity: all.severityInline[severity] }));
  }
  if (day.maintenanceMs > 0) parts.push(fill(m.dayMaintenance, { duration: formatDuration(day.maintenanceMs, "long", locale) }));
  if (parts.length === 0) parts.push(day.level === "no_data" ? m.dayNoData : m.dayNoDowntime);
  if (incidentCount > 0) parts.push(plural(lang, m.dayIncidents, incidentCount));
  const date = formatDay(day.date, { locale });
  return fill(m.dayName, { date: isToday ? fill(m.dayToday, { date }) : date, parts: parts.join(", ") });
}

type DayBarProps = {
  day: DayUptime;
  label: string;
  tabbable: boolean;
  active: boolean;
  popoverId: string;
  ref: (element: HTMLButtonElement | null) => void;
  onFocus: () => void;
  onClick: () => void;
  onPointerEnter: (event: React.PointerEvent) => void;
};

export function DayBar({ day, label, tabbable, active, popoverId, ref, ...handlers }: DayBarProps) {
  return (
    <button
      ref={ref}
      type="button"
      tabIndex={tabbable ? 0 : -1}
      aria-label={label}
      aria-expanded={active}
      aria-controls={active ? popoverId : undefined}
      data-date={day.date}
      data-level={day.level}
      // The row's stylesheet draws the bar (a pseudo-element), its fill, hover, focus and width tier.
      className={levelClass(day.level)}
      {...handlers}
    />
  );
}
