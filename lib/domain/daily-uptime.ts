/*
 * How we compute uptime (the public definition of the uptime % on the status page).
 *
 * - Days are calendar days in the page's time zone (IANA name). The last day is "today" and ends at `now`.
 *   Day boundaries come from the zone's calendar, so DST days last 23 or 25 hours.
 * - At each instant a component has one effective severity: the WORST of the degradation windows covering
 *   that instant (major > partial > degraded). Overlapping or nested windows never count twice.
 * - Weighted downtime = time spent at each effective severity × its weight (default: major 1, partial 0.3,
 *   degraded 0; weights are clamped to 0..1). Open windows run until `now`. A window crossing midnight is
 *   split across both days; a window starting before the first day only counts from that day on.
 * - Maintenance time is not observed: it counts neither as observed time nor as downtime, even when a
 *   window overlaps it. It is reported separately (`maintenanceMs`).
 * - Time before `since` (the component's start) and after `now` is not observed.
 * - Day uptime = 1 − downtime / observed time; the overall uptime = 1 − Σ downtime / Σ observed time
 *   over the whole range (time-weighted, not an average of daily percentages). Null when nothing was observed.
 * - Day level: the worst severity in effect for any observed time that day ("major" | "partial" |
 *   "degraded", even with weight 0); otherwise "maintenance" if any maintenance; otherwise "operational"
 *   when some time was observed; otherwise "no_data".
 * - incidentIds: the distinct incidents of the windows that overlap the day, in order of window start.
 */
import { TZDate } from "@date-fns/tz";

export type Severity = "degraded" | "partial" | "major";
/** Epoch milliseconds; `end: null` means still open (runs until `now`). */
export type UptimeWindow = { start: number; end: number | null; severity: Severity; incidentId?: string | null };
export type MaintenancePeriod = { start: number; end: number | null };
export type UptimeWeights = { major: number; partial: number; degraded: number };
export type DayLevel = "no_data" | "operational" | "degraded" | "partial" | "major" | "maintenance";
export type DayUptime = {
  /** YYYY-MM-DD in the requested time zone. */
  date: string;
  start: number;
  end: number;
  observedMs: number;
  /** Weighted. */
  downtimeMs: number;
  /** Unweighted time at each effective severity (observed time only). */
  bySeverityMs: Record<Severity, number>;
  maintenanceMs: number;
  incidentIds: string[];
  level: DayLevel;
  uptime: number | null;
};
export type DailyUptimeInput = {
  windows: UptimeWindow[];
  maintenance: MaintenancePeriod[];
  now: number;
  /** Number of days ending with today; 90 by default. */
  days?: number;
  timeZone: string;
  weights?: UptimeWeights;
  /** The component's start: nothing before it is observed. */
  since?: number | null;
};

export const DEFAULT_UPTIME_WEIGHTS: UptimeWeights = { major: 1, partial: 0.3, degraded: 0 };
/** Worst first. */
export const SEVERITIES: readonly Severity[] = ["major", "partial", "degraded"];
const MAINTENANCE = 3;

/** 1 − Σ downtime / Σ observed over the given days; null when nothing was observed. */
export function uptimeOf(days: readonly Pick<DayUptime, "observedMs" | "downtimeMs">[]): number | null {
  let observed = 0;
  let downtime = 0;
  for (const day of days) {
    observed += day.observedMs;
    downtime += day.downtimeMs;
  }
  return observed > 0 ? Math.min(1, Math.max(0, 1 - downtime / observed)) : null;
}

function dayKey(date: TZDate): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function clampWeight(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}

type DayGrid = { starts: number[]; dates: string[] };
/** Grids already computed, by zone, count and today's date: every component of a page shares one. */
const grids = new Map<string, DayGrid>();
const GRID_CACHE_LIMIT = 64;

/**
 * Calendar-day starts in `timeZone` for the `count` days ending with the day of `now`, then `now`.
 * Each day start is a time-zone calculation (Intl under the hood, the costliest part of a page
 * render), and they only change when the day does, so they are computed once per zone and day.
 */
function dayBounds(now: number, count: number, timeZone: string): { bounds: number[]; dates: string[] } {
  const today = new TZDate(now, timeZone);
  if (Number.isNaN(today.getTime())) throw new RangeError(`Unknown time zone: ${timeZone}`);
  const [y, m, d] = [today.getFullYear(), today.getMonth(), today.getDate()];
  const key = `${timeZone}|${count}|${y}-${m}-${d}`;
  let grid = grids.get(key);
  if (!grid) {
    grid = { starts: [], dates: [] };
    for (let i = count - 1; i >= 0; i--) {
      // Day overflow is normalised by the calendar; a midnight skipped by DST resolves to the first valid time.
      const start = new TZDate(y, m, d - i, timeZone);
      grid.starts.push(start.getTime());
      grid.dates.push(dayKey(start));
    }
    if (grids.size >= GRID_CACHE_LIMIT) grids.delete(grids.keys().next().value!);
    grids.set(key, grid);
  }
  return { bounds: [...grid.starts, now], dates: grid.dates };
}

export function dailyUptime(input: DailyUptimeInput): { days: DayUptime[]; uptime: number | null } {
  const { now, timeZone } = input;
  const count = input.days ?? 90;
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`days must be a positive integer, got ${count}`);
  const w = input.weights ?? DEFAULT_UPTIME_WEIGHTS;
  const weight = [clampWeight(w.major), clampWeight(w.partial), clampWeight(w.degraded)];

  const { bounds, dates } = dayBounds(now, count, timeZone);
  const rangeStart = bounds[0]!;
  const observedFrom = Math.max(rangeStart, input.since ?? -Infinity);
  const days: DayUptime[] = dates.map((date, i) => ({
    date,
    start: bounds[i]!,
    end: bounds[i + 1]!,
    observedMs: 0,
    downtimeMs: 0,
    bySeverityMs: { major: 0, partial: 0, degraded: 0 },
    maintenanceMs: 0,
    incidentIds: [],
    level: "no_data",
    uptime: null,
  }));

  // Sweep line over every boundary: day starts, `since`, and the clipped ends of windows and maintenance.
  const events: { t: number; kind: number; delta: 1 | -1 }[] = [];
  const clip = (start: number, end: number | null) => [Math.max(start, rangeStart), Math.min(end ?? now, now)] as const;
  const windows = input.windows
    .map((window) => ({ window, span: clip(window.start, window.end) }))
    .filter(({ span: [s, e] }) => e > s)
    .sort((a, b) => a.span[0] - b.span[0]);
  for (const {
    window,
    span: [s, e],
  } of windows) {
    const kind = SEVERITIES.indexOf(window.severity);
    if (kind === -1) continue;
    events.push({ t: s, kind, delta: 1 }, { t: e, kind, delta: -1 });
  }
  for (const period of input.maintenance) {
    const [s, e] = clip(period.start, period.end);
    if (e > s) events.push({ t: s, kind: MAINTENANCE, delta: 1 }, { t: e, kind: MAINTENANCE, delta: -1 });
  }
  events.sort((a, b) => a.t - b.t);
  const points = [...new Set([...bounds, observedFrom, ...events.map((event) => event.t)])]
    .filter((t) => t >= rangeStart && t <= now)
    .sort((a, b) => a - b);

  const active = [0, 0, 0, 0];
  let next = 0;
  let dayIndex = 0;
  for (let p = 0; p < points.length - 1; p++) {
    const from = points[p]!;
    const length = points[p + 1]! - from;
    while (next < events.length && events[next]!.t <= from) {
      const event = events[next++]!;
      active[event.kind]! += event.delta;
    }
    while (dayIndex < days.length - 1 && bounds[dayIndex + 1]! <= from) dayIndex++;
    const day = days[dayIndex]!;
    if (from < observedFrom || length <= 0) continue;
    if (active[MAINTENANCE]! > 0) {
      day.maintenanceMs += length;
      continue;
    }
    day.observedMs += length;
    const worst = active.findIndex((n, kind) => kind < MAINTENANCE && n > 0);
    if (worst === -1) continue;
    day.bySeverityMs[SEVERITIES[worst]!] += length;
    day.downtimeMs += length * weight[worst]!;
  }

  for (const {
    window,
    span: [s, e],
  } of windows) {
    if (!window.incidentId) continue;
    for (const day of days) {
      if (day.start < e && s < day.end && !day.incidentIds.includes(window.incidentId)) day.incidentIds.push(window.incidentId);
    }
  }

  for (const day of days) {
    const worst = SEVERITIES.find((severity) => day.bySeverityMs[severity] > 0);
    day.level = worst ?? (day.maintenanceMs > 0 ? "maintenance" : day.observedMs > 0 ? "operational" : "no_data");
    day.uptime = uptimeOf([day]);
  }
  return { days, uptime: uptimeOf(days) };
}
