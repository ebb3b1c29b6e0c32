import type { DayUptime } from "@/lib/domain/daily-uptime";
import { dayAccessibleName } from "./uptime-day-bar";

const days = (n: number) => `${n} ${n === 1 ? "day" : "days"}`;

/**
 * A whole row in words, for the server HTML (and so without JavaScript), where the row is one picture instead of
 * a named button per day: every day with something to report, in the same words as its button, then how many
 * days had no data or no downtime. "Website: uptime by day, last 90 days: 6 Oct 2026: 2 hours degraded
 * performance, 1 incident; no downtime on the other 89 days".
 */
export function uptimeSummary(componentName: string, range: DayUptime[], incidentCount: (day: DayUptime) => number): string {
  const parts: string[] = [];
  let noData = 0;
  let quiet = 0;
  range.forEach((day, index) => {
    const count = incidentCount(day);
    if (count === 0 && day.level === "operational") quiet++;
    else if (count === 0 && day.level === "no_data") noData++;
    else parts.push(dayAccessibleName(day, count, index === range.length - 1));
  });
  if (noData > 0) parts.push(noData === range.length ? "no data" : `no data for ${days(noData)}`);
  if (quiet > 0) parts.push(quiet === range.length ? "no downtime" : `no downtime on the other ${days(quiet)}`);
  return `${componentName}: uptime by day, last ${days(range.length)}: ${parts.join("; ")}`;
}
