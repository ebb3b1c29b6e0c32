import { TZDate } from "@date-fns/tz";
import type { PublicIncidentSummary, PublicMaintenance } from "./snapshot-types";

export const MONTHS_PER_PAGE = 3;

export type HistoryMonth = {
  key: string; // YYYY-MM
  label: string; // "November 2026"
  incidents: PublicIncidentSummary[];
  maintenance: PublicMaintenance[];
};

export type HistoryPage = { page: number; months: HistoryMonth[]; hasNewer: boolean; hasOlder: boolean };

function monthKey(iso: string, timeZone: string): string {
  const d = new TZDate(Date.parse(iso), timeZone);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}`;
}

/**
 * History in calendar months of the page's time zone, newest first, MONTHS_PER_PAGE at a time.
 * Months without incidents are listed too ("nothing to report" is information).
 */
export function historyPage(
  incidents: PublicIncidentSummary[],
  maintenance: PublicMaintenance[],
  options: { page: number; timeZone: string; now: Date; locale?: string },
): HistoryPage {
  const page = Math.max(1, Math.floor(options.page) || 1);
  const today = new TZDate(options.now.getTime(), options.timeZone);
  const oldest = incidents.length ? monthKey(incidents[incidents.length - 1]!.startedAt, options.timeZone) : null;
  const months: HistoryMonth[] = [];
  for (let i = (page - 1) * MONTHS_PER_PAGE; i < page * MONTHS_PER_PAGE; i++) {
    const d = new TZDate(today.getFullYear(), today.getMonth() - i, 1, options.timeZone);
    const key = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}`;
    months.push({
      key,
      label: d.toLocaleDateString(options.locale ?? "en-US", { month: "long", year: "numeric", timeZone: options.timeZone }),
      incidents: incidents.filter((x) => monthKey(x.startedAt, options.timeZone) === key),
      maintenance: maintenance.filter((m) => monthKey(m.scheduledStart, options.timeZone) === key),
    });
  }
  const lastKey = months[months.length - 1]!.key;
  return { page, months, hasNewer: page > 1, hasOlder: oldest !== null && oldest < lastKey };
}

/** How many history pages exist: up to the one holding the oldest incident's month (at least one). */
export function historyPageCount(incidents: PublicIncidentSummary[], options: { timeZone: string; now: Date }): number {
  const oldest = incidents.length ? monthKey(incidents[incidents.length - 1]!.startedAt, options.timeZone) : null;
  if (!oldest) return 1;
  const today = new TZDate(options.now.getTime(), options.timeZone);
  const [year, month] = oldest.split("-").map(Number) as [number, number];
  const monthsBack = today.getFullYear() * 12 + today.getMonth() - (year * 12 + month - 1);
  return Math.floor(Math.max(0, monthsBack) / MONTHS_PER_PAGE) + 1;
}
