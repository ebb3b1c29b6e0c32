// Text for uptime figures and days (durations: lib/time/format.ts). Pure, and for one locale the same on
// server and client (no hydration mismatch).

/**
 * "99.98%": two decimals, truncated so that anything short of 1 never reads "100.00%"; exactly 1 is "100%";
 * null (nothing observed) is "—".
 */
export function formatUptime(u: number | null): string {
  if (u === null || Number.isNaN(u)) return "—";
  if (u >= 1) return "100%";
  // The epsilon absorbs float noise (0.9998 * 10000 = 9997.999…); the cap keeps 0.999999 at 99.99%.
  const hundredths = Math.min(9999, Math.max(0, Math.floor(u * 10000 + 1e-6)));
  return `${(hundredths / 100).toFixed(2)}%`;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * "2026-11-25" → "25 Nov 2026", or "Wed, 25 Nov 2026" with the weekday. Another locale than English gets its
 * own wording from Intl ("25. Nov. 2026", "mer. 25 nov. 2026"): the same on server and browser for one locale.
 */
export function formatDay(date: string, options: { weekday?: boolean; locale?: string } = {}): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const locale = options.locale ?? "en";
  if (!locale.toLowerCase().startsWith("en")) {
    const key = `${locale}|${options.weekday ? "w" : ""}`;
    let format = dayFormats.get(key);
    if (!format) {
      const weekday = options.weekday ? ({ weekday: "short" } as const) : {};
      format = new Intl.DateTimeFormat(locale, { timeZone: "UTC", day: "numeric", month: "short", year: "numeric", ...weekday });
      dayFormats.set(key, format);
    }
    return format.format(new Date(Date.UTC(y, m - 1, d))).replace(/[\u202f\u2009\u00a0]/g, " ");
  }
  const text = `${d} ${MONTHS[m - 1] ?? "?"} ${y}`;
  if (!options.weekday) return text;
  return `${WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]}, ${text}`;
}
