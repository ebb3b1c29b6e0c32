import type { DayUptime } from "@/lib/domain/daily-uptime";
import { fill, messages, plural, type Language } from "@/lib/i18n";
import { dayAccessibleName } from "./uptime-day-bar";

/**
 * A whole row in words, for the server HTML (and so without JavaScript), where the row is one picture instead of
 * a named button per day: every day with something to report, in the same words as its button, then how many
 * days had no data or no downtime. "Website: uptime by day, last 90 days: 6 Oct 2026: 2 hours degraded
 * performance, 1 incident; no downtime on the other 89 days".
 */
export function uptimeSummary(
  componentName: string,
  range: DayUptime[],
  incidentCount: (day: DayUptime) => number,
  lang: Language = "en",
): string {
  const m = messages(lang).uptime;
  const days = (n: number) => plural(lang, m.summaryDays, n);
  const parts: string[] = [];
  let noData = 0;
  let quiet = 0;
  range.forEach((day, index) => {
    const count = incidentCount(day);
    if (count === 0 && day.level === "operational") quiet++;
    else if (count === 0 && day.level === "no_data") noData++;
    else parts.push(dayAccessibleName(day, count, index === range.length - 1, lang));
  });
  if (noData > 0) parts.push(noData === range.length ? m.dayNoData : fill(m.summaryNoData, { days: days(noData) }));
  if (quiet > 0) parts.push(quiet === range.length ? m.dayNoDowntime : fill(m.summaryQuiet, { days: days(quiet) }));
  return fill(m.summary, { name: componentName, days: days(range.length), parts: parts.join("; ") });
}
