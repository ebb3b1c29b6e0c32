import type { DayLevel, DayUptime, Severity } from "@/server/uptime/daily-uptime";
import { formatDay, formatDuration } from "@/server/uptime/format";

// Bar fills. Light fills keep ≥ 3:1 against white (WCAG 1.4.11) except "no data", which is the absence
// of a signal. Dark mode keeps the calm green and brightens the others (all ≥ 5:1 on the dark page).
export const LEVEL_FILL: Record<DayLevel, string> = {
  operational: "bg-green-600",
  degraded: "bg-[#c28602] dark:bg-yellow-500",
  partial: "bg-orange-600 dark:bg-orange-500",
  major: "bg-red-600 dark:bg-red-500",
  maintenance: "bg-blue-600 dark:bg-blue-500",
  no_data: "bg-slate-200 dark:bg-slate-700",
};

export const SEVERITY_LABEL: Record<Severity, string> = {
  major: "Major outage",
  partial: "Partial outage",
  degraded: "Degraded performance",
};

/** Show the last 30 days in narrow containers, 60 in medium ones, all from 42rem (~7.5 px a bar). */
export function tierClass(age: number, flex: "flex" | "inline"): string {
  if (age < 30) return "";
  if (age < 60) return flex === "flex" ? "hidden @md:flex" : "hidden @md:inline";
  return flex === "flex" ? "hidden @2xl:flex" : "hidden @2xl:inline";
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
  age: number;
  tabbable: boolean;
  active: boolean;
  popoverId: string;
  ref: (element: HTMLButtonElement | null) => void;
  onFocus: () => void;
  onClick: () => void;
  onPointerEnter: (event: React.PointerEvent) => void;
};

export function DayBar({ day, label, age, tabbable, active, popoverId, ref, ...handlers }: DayBarProps) {
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
      className={`group flex min-w-0 flex-1 cursor-default px-[1px] py-0 outline-none focus-visible:z-10 ${tierClass(age, "flex")}`}
      {...handlers}
    >
      <span
        aria-hidden
        className={`block h-full w-full rounded-[2px] transition-opacity group-hover:opacity-70 group-focus-visible:outline-2 group-focus-visible:outline-offset-2 group-focus-visible:outline-slate-900 dark:group-focus-visible:outline-slate-100 ${LEVEL_FILL[day.level]} ${active ? "opacity-70" : ""}`}
      />
    </button>
  );
}
