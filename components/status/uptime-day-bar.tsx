import type { DayLevel, DayUptime } from "@/lib/domain/daily-uptime";
import { SEVERITY_LABEL } from "@/lib/domain/labels";
import { formatDay } from "@/lib/domain/uptime-format";
import { formatDuration } from "@/lib/time/format";

/** A day's class for its fill (components/status/uptime.css); operational is the default and needs none. */
export function levelClass(level: DayLevel): string | undefined {
  return level === "operational" ? undefined : level;
}

/** The spoken summary of a day: "25 Nov 2026: 12 minutes partial outage, 1 incident". */
export function dayAccessibleName(day: DayUptime, incidentCount: number, isToday: boolean): string {
  const parts: string[] = [];
  for (const severity of ["major", "partial", "degraded"] as const) {
    const ms = day.bySeverityMs[severity];
    if (ms > 0) parts.push(`${formatDuration(ms, "long")} ${SEVERITY_LABEL[severity].toLowerCase()}`);
  }
  if (day.maintenanceMs > 0) parts.push(`${formatDuration(day.maintenanceMs, "long")} maintenance`);
  if (parts.length === 0) parts.push(day.level === "no_data" ? "no data" : "no downtime");
  if (incidentCount > 0) parts.push(`${incidentCount} ${incidentCount === 1 ? "incident" : "incidents"}`);
  return `${isToday ? "Today, " : ""}${formatDay(day.date)}: ${parts.join(", ")}`;
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
