"use client";

import { createContext, useCallback, useContext, useMemo, useSyncExternalStore } from "react";
import { isValidTimeZone } from "@/lib/time/format";

export type TimeMode = "local" | "utc";

export interface TimePreference {
  /** "local": the viewer's own zone; "utc": everything in UTC. */
  mode: TimeMode;
  /** The viewer's IANA zone (the page's configured zone until the browser has told us). */
  timeZone: string;
  /** The zone times are shown in right now: "UTC" in UTC mode, else `timeZone`. */
  zone: string;
  /** False during the server render and hydration, true once browser values (zone, stored mode) are in use. */
  ready: boolean;
  setMode: (mode: TimeMode) => void;
}

export const TIME_MODE_STORAGE_KEY = "statuspage.time-mode";
const CHANGE_EVENT = "statuspage:time-mode";

// ---- Stored mode: localStorage, shared by every provider and tab. ----

let memoryMode: TimeMode = "local";

function readMode(): TimeMode {
  try {
    return window.localStorage.getItem(TIME_MODE_STORAGE_KEY) === "utc" ? "utc" : "local";
  } catch {
    return memoryMode; // storage blocked (privacy mode, sandboxed iframe)
  }
}

function writeMode(mode: TimeMode) {
  memoryMode = mode;
  try {
    if (mode === "utc") window.localStorage.setItem(TIME_MODE_STORAGE_KEY, "utc");
    else window.localStorage.removeItem(TIME_MODE_STORAGE_KEY);
  } catch {
    // Not persisted, but still applied for this page view.
  }
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

function subscribeMode(onChange: () => void) {
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key === TIME_MODE_STORAGE_KEY) onChange();
  };
  window.addEventListener("storage", onStorage);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener("storage", onStorage);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

const serverMode = (): TimeMode => "local";

// ---- The viewer's zone: fixed for the page's lifetime. ----

let viewerZone: string | undefined;

function readViewerZone(): string {
  if (viewerZone === undefined) {
    let zone: string | undefined;
    try {
      zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    } catch {
      zone = undefined;
    }
    viewerZone = zone && isValidTimeZone(zone) ? zone : "UTC";
  }
  return viewerZone;
}

const noSubscription = () => () => {};

// ---- Context ----

const TimePreferenceContext = createContext<TimePreference | null>(null);

// Outside a provider (e.g. an isolated admin widget) times are shown in UTC and cannot be switched.
const FALLBACK: TimePreference = { mode: "utc", timeZone: "UTC", zone: "UTC", ready: false, setMode: () => {} };

export interface TimePreferenceProviderProps {
  /** The page's configured IANA zone: used for the server render so its HTML does not depend on the viewer. */
  defaultTimeZone: string;
  children: React.ReactNode;
}

export function TimePreferenceProvider({ defaultTimeZone, children }: TimePreferenceProviderProps) {
  const serverZone = isValidTimeZone(defaultTimeZone) ? defaultTimeZone : "UTC";
  // Server render and hydration use the server snapshots; React re-renders with the browser values right after
  // hydration, so there is no hydration mismatch.
  const mode = useSyncExternalStore(subscribeMode, readMode, serverMode);
  const timeZone = useSyncExternalStore(noSubscription, readViewerZone, () => serverZone);
  const ready = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const setMode = useCallback((next: TimeMode) => writeMode(next), []);
  const value = useMemo<TimePreference>(
    () => ({ mode, timeZone, zone: mode === "utc" ? "UTC" : timeZone, ready, setMode }),
    [mode, timeZone, ready, setMode],
  );
  return <TimePreferenceContext.Provider value={value}>{children}</TimePreferenceContext.Provider>;
}

/** The current time preference; outside a TimePreferenceProvider, a fixed UTC preference. */
export function useTimePreference(): TimePreference {
  return useContext(TimePreferenceContext) ?? FALLBACK;
}
