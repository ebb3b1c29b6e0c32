"use client";

import { useSyncExternalStore } from "react";
import { formatDate, formatDateTime, formatRelative, formatTime, toDate } from "@/lib/time/format";
import { useLanguage } from "@/components/i18n/language";
import { localeOf } from "@/lib/i18n/languages";
import { useTimePreference } from "./time-preference";

export type LocalTimeFormat = "datetime" | "date" | "time" | "relative";

export interface LocalTimeProps {
  /** The instant, as stored: an ISO 8601 string (UTC). */
  iso: string;
  /** default "datetime" */
  format?: LocalTimeFormat;
  className?: string;
}

// ---- A shared minute clock for relative times: one timer for the whole page, however many times it shows. ----

const TICK_MS = 60_000;
let clockNow = 0;
let timer: ReturnType<typeof setInterval> | undefined;
const listeners = new Set<() => void>();

function tick() {
  clockNow = Date.now();
  for (const listener of listeners) listener();
}

function onVisibilityChange() {
  // Timers are throttled in background tabs; catch up as soon as the page is looked at again.
  if (document.visibilityState === "visible") tick();
}

function subscribeClock(listener: () => void) {
  listeners.add(listener);
  if (listeners.size === 1) {
    clockNow = Date.now();
    timer = setInterval(tick, TICK_MS);
    document.addEventListener("visibilitychange", onVisibilityChange);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      clearInterval(timer);
      timer = undefined;
      document.removeEventListener("visibilitychange", onVisibilityChange);
    }
  };
}

function readClock(): number {
  if (clockNow === 0) clockNow = Date.now();
  return clockNow;
}

const noSubscription = () => () => {};
const noClock = (): number | null => null;

const NBSP = "\u00a0";

// Keep "2:52 PM CEST" together when a line wraps: only the date part of "Mar 30, 2021, 2:52 PM CEST" may break.
function keepTimeTogether(dateTime: string, time: string): string {
  return dateTime.endsWith(time) ? dateTime.slice(0, -time.length) + time.replaceAll(" ", NBSP) : dateTime;
}

function absolute(iso: string, timeZone: string, locale: string, now?: number): string {
  return keepTimeTogether(formatDateTime(iso, { timeZone, now, locale }), formatTime(iso, { timeZone, locale }));
}

function content(iso: string, format: LocalTimeFormat, timeZone: string, locale: string, now: number | null): React.ReactNode {
  switch (format) {
    case "date":
      return formatDate(iso, { timeZone, locale });
    case "time":
      return formatTime(iso, { timeZone, locale }).replaceAll(" ", NBSP);
    case "relative":
      // Without a clock (server render, hydration) only the absolute time: it is the same on server and client,
      // and a relative time in cached HTML would be wrong by the time anyone reads it.
      if (now === null) return absolute(iso, timeZone, locale);
      return (
        <>
          <span className="whitespace-nowrap">{formatRelative(iso, now, locale)}</span>
          {" · "}
          {absolute(iso, timeZone, locale, now)}
        </>
      );
    default:
      return absolute(iso, timeZone, locale);
  }
}

/**
 * An instant in the viewer's zone (or UTC, per the TimePreferenceProvider), with the zone named. The server render
 * uses the page's configured zone; the browser switches to the viewer's zone right after hydration. The title
 * always holds the UTC time; `relative` reads "12 minutes ago · Nov 25, 7:40 PM CET" and refreshes every minute.
 */
export function LocalTime({ iso, format = "datetime", className }: LocalTimeProps) {
  const { zone } = useTimePreference();
  // The page's language sets the format; the zone stays the viewer's (or UTC).
  const locale = localeOf(useLanguage());
  const relative = format === "relative";
  const now = useSyncExternalStore<number | null>(relative ? subscribeClock : noSubscription, relative ? readClock : noClock, noClock);

  let valid = true;
  try {
    toDate(iso);
  } catch {
    valid = false;
  }
  if (!valid) return <span className={className}>{iso}</span>;

  return (
    // Text and title can differ between the server's and the browser's ICU data (spacing, zone names) and the
    // zone switches after hydration anyway: tolerate the difference on this element only.
    <time dateTime={iso} title={formatDateTime(iso, { timeZone: "UTC", locale })} className={className} suppressHydrationWarning>
      {content(iso, format, zone, locale, now)}
    </time>
  );
}
