// Pure, browser-safe time formatting on top of Intl. Every instant is stored in UTC; these helpers show it in a
// given IANA time zone and always name the zone, so a reader never has to guess which clock a time refers to.

export type DateInput = string | number | Date;

export interface FormatOptions {
  /** IANA time zone, e.g. "Europe/Berlin" or "UTC". */
  timeZone: string;
  /** BCP 47 locale; default "en-US". */
  locale?: string;
}

export interface DateTimeOptions extends FormatOptions {
  /** When given, the year is left out if the instant falls in the same year as `now` (in `timeZone`). */
  now?: DateInput;
}

const DEFAULT_LOCALE = "en-US";
const UTC_ALIASES = new Set([
  "UTC",
  "ETC/UTC",
  "ETC/UCT",
  "UCT",
  "ETC/GMT",
  "GMT",
  "ETC/ZULU",
  "ZULU",
  "ETC/UNIVERSAL",
  "UNIVERSAL",
  "ETC/GMT0",
  "GMT0",
  "ETC/GMT+0",
  "ETC/GMT-0",
  "GMT+0",
  "GMT-0",
  "ETC/GREENWICH",
  "GREENWICH",
]);
// A short name that is only an offset ("GMT+2", "UTC−7", "GMT+5:30") rather than an abbreviation ("CEST", "PDT").
const OFFSET_STYLE = /^(GMT|UTC)([+\-\u2212]\d{1,2}(:\d{2})?)?$/;

const formatterCache = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let cached = formatterCache.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, options);
    formatterCache.set(key, cached);
  }
  return cached;
}

/** Parses an ISO string, epoch milliseconds or Date; throws RangeError on anything that is not a real instant. */
export function toDate(input: DateInput): Date {
  const date = input instanceof Date ? new Date(input.getTime()) : new Date(input);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Invalid date: ${String(input)}`);
  return date;
}

// Intl output differs between ICU versions in its spaces (U+202F before "PM", thin spaces in ranges). Plain spaces
// keep server- and browser-rendered text identical.
function normalizeSpaces(text: string): string {
  return text.replace(/[\u202f\u2009\u00a0]/g, " ");
}

/** True when `timeZone` is an IANA zone (or alias) this runtime knows. */
export function isValidTimeZone(timeZone: unknown): timeZone is string {
  if (typeof timeZone !== "string" || timeZone.trim() === "") return false;
  try {
    new Intl.DateTimeFormat(DEFAULT_LOCALE, { timeZone });
    return true;
  } catch {
    return false;
  }
}

function isUtc(timeZone: string): boolean {
  return UTC_ALIASES.has(timeZone.toUpperCase());
}

function shortName(locale: string, timeZone: string, date: Date): string {
  const part = formatter(locale, { timeZone, timeZoneName: "short" })
    .formatToParts(date)
    .find((p) => p.type === "timeZoneName");
  return normalizeSpaces(part?.value ?? timeZone);
}

/**
 * The zone's short name at instant `at`: "UTC", "PDT", "CEST", or an offset such as "GMT+5:30" where no
 * well-known abbreviation exists. Named abbreviations from en-US/en-GB data are preferred over bare offsets.
 */
export function zoneLabel(timeZone: string, at: DateInput = Date.now(), locale: string = DEFAULT_LOCALE): string {
  if (isUtc(timeZone)) return "UTC";
  const date = toDate(at);
  const own = shortName(locale, timeZone, date);
  if (!OFFSET_STYLE.test(own)) return own;
  for (const fallback of ["en-US", "en-GB"]) {
    if (fallback === locale) continue;
    const name = shortName(fallback, timeZone, date);
    if (!OFFSET_STYLE.test(name) && /^[A-Z]{2,5}$/.test(name)) return name;
  }
  return own;
}

function sameYear(a: Date, b: Date, timeZone: string): boolean {
  const year = formatter("en-US", { timeZone, year: "numeric" });
  return year.format(a) === year.format(b);
}

/** "Mar 30, 2021, 2:52 PM UTC" — date and time in `timeZone`, followed by the zone's short name. */
export function formatDateTime(input: DateInput, options: DateTimeOptions): string {
  const date = toDate(input);
  const { timeZone, locale = DEFAULT_LOCALE } = options;
  const withYear = options.now === undefined || !sameYear(date, toDate(options.now), timeZone);
  const text = formatter(locale, {
    timeZone,
    month: "short",
    day: "numeric",
    ...(withYear ? { year: "numeric" } : {}),
    hour: "numeric",
    minute: "2-digit",
  }).format(date);
  return `${normalizeSpaces(text)} ${zoneLabel(timeZone, date, locale)}`;
}

/** "Mar 30, 2021" — the calendar date in `timeZone` (no zone name: a date alone is rarely ambiguous enough). */
export function formatDate(input: DateInput, options: DateTimeOptions): string {
  const date = toDate(input);
  const { timeZone, locale = DEFAULT_LOCALE } = options;
  const withYear = options.now === undefined || !sameYear(date, toDate(options.now), timeZone);
  const text = formatter(locale, { timeZone, month: "short", day: "numeric", ...(withYear ? { year: "numeric" } : {}) }).format(date);
  return normalizeSpaces(text);
}

/** "2:52 PM UTC" — the wall-clock time in `timeZone` with the zone's short name. */
export function formatTime(input: DateInput, options: FormatOptions): string {
  const date = toDate(input);
  const { timeZone, locale = DEFAULT_LOCALE } = options;
  const text = formatter(locale, { timeZone, hour: "numeric", minute: "2-digit" }).format(date);
  return `${normalizeSpaces(text)} ${zoneLabel(timeZone, date, locale)}`;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const rtfCache = new Map<string, Intl.RelativeTimeFormat>();

function relativeFormatter(locale: string): Intl.RelativeTimeFormat {
  let cached = rtfCache.get(locale);
  if (!cached) {
    cached = new Intl.RelativeTimeFormat(locale, { numeric: "always", style: "long" });
    rtfCache.set(locale, cached);
  }
  return cached;
}

/**
 * "12 minutes ago", "in 3 days", "just now" — `input` relative to `now`. Under 45 seconds either way is "just now";
 * units grow minutes → hours → days → months → years, each rounded to the nearest whole unit.
 */
export function formatRelative(input: DateInput, now: DateInput, locale: string = DEFAULT_LOCALE): string {
  const diff = toDate(input).getTime() - toDate(now).getTime();
  const abs = Math.abs(diff);
  const sign = diff < 0 ? -1 : 1;
  const rtf = relativeFormatter(locale);
  if (abs < 45 * SECOND) {
    return locale.toLowerCase().startsWith("en")
      ? "just now"
      : new Intl.RelativeTimeFormat(locale, { numeric: "auto" }).format(0, "second");
  }
  const minutes = Math.max(1, Math.round(abs / MINUTE));
  if (minutes < 60) return rtf.format(sign * minutes, "minute");
  const hours = Math.round(abs / HOUR);
  if (hours < 24) return rtf.format(sign * hours, "hour");
  const days = Math.round(abs / DAY);
  if (days < 30) return rtf.format(sign * days, "day");
  const months = Math.round(abs / (30.436875 * DAY));
  if (months < 12) return rtf.format(sign * months, "month");
  return rtf.format(sign * Math.max(1, Math.round(abs / (365.2425 * DAY))), "year");
}

/**
 * "45 min", "1 h 12 min", "2 d 3 h" — a length of time in at most its two largest units, rounded to the minute
 * (to the hour once it is a day or more). Under a minute is "<1 min"; zero, negative or non-finite is "0 min".
 * The long style spells hours and minutes out for screen readers: "3 hours 12 minutes". Other locales than
 * English name the units through Intl ("1 Std. 12 Min.", "3 Stunden 12 Minuten").
 */
export function formatDuration(ms: number, style: "short" | "long" = "short", locale: string = DEFAULT_LOCALE): string {
  if (!locale.toLowerCase().startsWith("en")) return localDuration(ms, style, locale);
  return style === "long" ? longDuration(ms) : shortDuration(ms);
}

type Unit = "day" | "hour" | "minute";
const unitCache = new Map<string, Intl.NumberFormat>();

function unit(value: number, name: Unit, style: "short" | "long", locale: string): string {
  const key = `${locale}|${name}|${style}`;
  let cached = unitCache.get(key);
  if (!cached) {
    cached = new Intl.NumberFormat(locale, { style: "unit", unit: name, unitDisplay: style });
    unitCache.set(key, cached);
  }
  return normalizeSpaces(cached.format(value));
}

// The same rounding as the English forms below, with the locale's own unit names.
function localDuration(ms: number, style: "short" | "long", locale: string): string {
  if (!Number.isFinite(ms) || ms <= 0) return unit(0, "minute", style, locale);
  if (ms < MINUTE) return `<${style === "long" ? " " : ""}${unit(1, "minute", style, locale)}`;
  const pair = (a: number, aUnit: Unit, b: number, bUnit: Unit) =>
    b === 0 ? unit(a, aUnit, style, locale) : `${unit(a, aUnit, style, locale)} ${unit(b, bUnit, style, locale)}`;
  const totalMinutes = Math.round(ms / MINUTE);
  if (totalMinutes < 60) return unit(totalMinutes, "minute", style, locale);
  if (style === "long" || totalMinutes < 24 * 60) {
    const h = Math.floor(totalMinutes / 60);
    const m = totalMinutes % 60;
    return h === 0 ? unit(m, "minute", style, locale) : pair(h, "hour", m, "minute");
  }
  const totalHours = Math.round(ms / HOUR);
  return pair(Math.floor(totalHours / 24), "day", totalHours % 24, "hour");
}

function shortDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms <= 0) return "0 min";
  if (ms < MINUTE) return "<1 min";
  const totalMinutes = Math.round(ms / MINUTE);
  if (totalMinutes < 60) return `${totalMinutes} min`;
  if (totalMinutes < 24 * 60) {
    const h = Math.floor(totalMinutes / 60);
    const m = totalMinutes % 60;
    return m === 0 ? `${h} h` : `${h} h ${m} min`;
  }
  const totalHours = Math.round(ms / HOUR);
  const d = Math.floor(totalHours / 24);
  const h = totalHours % 24;
  return h === 0 ? `${d} d` : `${d} d ${h} h`;
}

function longDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms <= 0) return "0 minutes";
  if (ms < MINUTE) return "less than a minute";
  const total = Math.round(ms / MINUTE);
  const hours = Math.floor(total / 60);
  const minutes = total % 60;
  const parts: string[] = [];
  if (hours > 0) parts.push(`${hours} ${hours === 1 ? "hour" : "hours"}`);
  if (minutes > 0) parts.push(`${minutes} ${minutes === 1 ? "minute" : "minutes"}`);
  return parts.join(" ");
}
