// Statuspage writes timestamps in the page's time zone with its offset ("2014-05-14T14:16:40.153-07:00").

const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatter(timeZone: string): Intl.DateTimeFormat | null {
  if (!formatters.has(timeZone)) {
    try {
      formatters.set(timeZone, new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" }));
    } catch {
      formatters.set(timeZone, null);
    }
  }
  return formatters.get(timeZone)!;
}

/** Minutes east of UTC in `timeZone` at `date`; 0 for an unknown zone. */
export function offsetMinutes(date: Date, timeZone: string): number {
  const name =
    formatter(timeZone)
      ?.formatToParts(date)
      .find((p) => p.type === "timeZoneName")?.value ?? "GMT";
  const match = /^GMT([+-])(\d{2}):?(\d{2})?$/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === "-" ? -minutes : minutes;
}

/** An ISO 8601 instant re-expressed in `timeZone`, with milliseconds and a numeric offset. */
export function zonedIso(iso: string, timeZone: string): string {
  const date = new Date(iso);
  const offset = offsetMinutes(date, timeZone);
  const local = new Date(date.getTime() + offset * 60_000).toISOString().slice(0, 23);
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

export function zonedIsoOrNull(iso: string | null, timeZone: string): string | null {
  return iso === null ? null : zonedIso(iso, timeZone);
}
