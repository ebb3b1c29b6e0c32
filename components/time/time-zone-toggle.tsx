"use client";

import { useLanguage } from "@/components/i18n/language";
import { fill, messages } from "@/lib/i18n";
import { useTimePreference, type TimeMode } from "./time-preference";

export interface TimeZoneToggleProps {
  className?: string;
}

function displayZone(timeZone: string): string {
  return timeZone.replaceAll("_", " ");
}

const SEGMENT =
  "inline-flex min-w-0 items-center gap-1 rounded-md px-2.5 py-1 font-medium whitespace-nowrap transition-colors " +
  "text-slate-600 hover:text-slate-900 dark:text-slate-400 dark:hover:text-slate-100 " +
  "aria-pressed:bg-white aria-pressed:text-slate-900 aria-pressed:shadow-sm aria-pressed:ring-1 aria-pressed:ring-slate-900/5 " +
  "dark:aria-pressed:bg-slate-700/80 dark:aria-pressed:text-white dark:aria-pressed:ring-white/10 " +
  "focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-blue-600 dark:focus-visible:outline-blue-400";

/** "Local time (Europe/Berlin) | UTC": switches every LocalTime on the page; the choice is remembered. */
export function TimeZoneToggle({ className }: TimeZoneToggleProps) {
  const { mode, timeZone, setMode } = useTimePreference();
  const zone = displayZone(timeZone);
  const m = messages(useLanguage()).time;
  const option = (value: TimeMode, label: React.ReactNode, title: string) => (
    <button type="button" aria-pressed={mode === value} onClick={() => setMode(value)} title={title} className={SEGMENT}>
      {label}
    </button>
  );
  return (
    <div
      role="group"
      aria-label={m.showIn}
      className={
        "inline-flex max-w-full items-center gap-0.5 rounded-lg border border-slate-200 bg-slate-100/80 p-0.5 text-xs dark:border-slate-800 dark:bg-slate-900 " +
        (className ?? "")
      }
    >
      {option(
        "local",
        <>
          <span>{m.local}</span>
          <span className="truncate font-normal text-slate-600 dark:text-slate-300">({zone})</span>
        </>,
        fill(m.localTitle, { zone }),
      )}
      {option("utc", <span>UTC</span>, m.utcTitle)}
    </div>
  );
}
