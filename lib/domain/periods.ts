type Window = { componentId: string; componentName: string; severity: string; start: string; end: string | null };

export type Period<W extends Window = Window> = { start: number; end: number | null; windows: W[] };

/**
 * Merges windows that overlap or touch (across components) into periods: "the API was degraded
 * three times" reads better than a list of per-component windows. Open windows extend to now.
 */
export function groupPeriods<W extends Window>(windows: W[], now: number): Array<Period<W>> {
  const sorted = [...windows].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  const periods: Array<Period<W> & { reach: number }> = [];
  for (const window of sorted) {
    const start = Date.parse(window.start);
    const reach = window.end ? Date.parse(window.end) : now;
    const last = periods[periods.length - 1];
    if (last && start <= last.reach) {
      last.windows.push(window);
      last.reach = Math.max(last.reach, reach);
      if (window.end === null) last.end = null;
      else if (last.end !== null) last.end = Math.max(last.end, reach);
    } else {
      periods.push({ start, end: window.end ? reach : null, reach, windows: [window] });
    }
  }
  return periods.map(({ reach: _reach, ...period }) => period);
}
