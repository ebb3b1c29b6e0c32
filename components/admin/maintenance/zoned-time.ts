import { TZDate } from "@date-fns/tz";

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const pad = (n: number) => String(n).padStart(2, "0");

/**
 * A datetime-local value ("2026-03-30T14:00") read as wall-clock time in `timeZone` → the instant.
 * A time skipped by a DST jump resolves to the first valid instant after it; null if not a value.
 */
export function wallTimeToUtc(value: string, timeZone: string): Date | null {
  const match = LOCAL.exec(value);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const date = new TZDate(y, mo - 1, d, h, mi, timeZone);
  return Number.isNaN(date.getTime()) ? null : new Date(date.getTime());
}

/** The instant as a datetime-local value in `timeZone` ("2026-03-30T14:00"). */
export function utcToWallTime(instant: Date, timeZone: string): string {
  const t = new TZDate(instant.getTime(), timeZone);
  return `${t.getFullYear()}-${pad(t.getMonth() + 1)}-${pad(t.getDate())}T${pad(t.getHours())}:${pad(t.getMinutes())}`;
}
