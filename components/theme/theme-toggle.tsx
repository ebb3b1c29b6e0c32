"use client";

import { useSyncExternalStore } from "react";
import { parseTheme, THEME_STORAGE_KEY, type Theme } from "./theme-constants";
import { Icon } from "@/components/ui/icon";
import { useLanguage } from "@/components/i18n/language";
import { fill, messages } from "@/lib/i18n";

const CHANGE_EVENT = "statuspage:theme";
let memoryTheme: Theme = "system";

function readTheme(): Theme {
  try {
    return parseTheme(window.localStorage.getItem(THEME_STORAGE_KEY));
  } catch {
    return memoryTheme;
  }
}

/** Same effect as THEME_SCRIPT in theme-script.tsx. */
function applyTheme(theme: Theme) {
  const root = document.documentElement;
  root.classList.remove("light", "dark");
  if (theme === "system") {
    root.style.removeProperty("color-scheme");
  } else {
    root.classList.add(theme);
    root.style.colorScheme = theme;
  }
}

function setTheme(theme: Theme) {
  memoryTheme = theme;
  try {
    if (theme === "system") window.localStorage.removeItem(THEME_STORAGE_KEY);
    else window.localStorage.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    // Not persisted, still applied for this page view.
  }
  applyTheme(theme);
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

function subscribe(onChange: () => void) {
  // Another tab changed the theme: follow it.
  const onStorage = (event: StorageEvent) => {
    if (event.key !== null && event.key !== THEME_STORAGE_KEY) return;
    applyTheme(readTheme());
    onChange();
  };
  window.addEventListener("storage", onStorage);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener("storage", onStorage);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

const serverTheme = (): Theme => "system";

const OPTIONS: { value: Theme; icon: React.ReactNode }[] = [
  {
    value: "system",
    icon: (
      <>
        <rect x="2.75" y="3.75" width="14.5" height="10" rx="1.5" />
        <path d="M7.5 16.75h5M10 13.75v3" />
      </>
    ),
  },
  {
    value: "light",
    icon: (
      <>
        <circle cx="10" cy="10" r="3.25" />
        <path d="M10 2.5v1.75M10 15.75v1.75M2.5 10h1.75M15.75 10h1.75M4.7 4.7l1.24 1.24M14.06 14.06l1.24 1.24M4.7 15.3l1.24-1.24M14.06 5.94l1.24-1.24" />
      </>
    ),
  },
  {
    value: "dark",
    icon: <path d="M16.25 12.1A6.75 6.75 0 0 1 7.9 3.75a6.75 6.75 0 1 0 8.35 8.35Z" />,
  },
];

const SEGMENT =
  "inline-flex size-7 items-center justify-center rounded-md transition-colors " +
  "text-slate-500 hover:text-slate-900 dark:text-slate-400 dark:hover:text-slate-100 " +
  "aria-pressed:bg-white aria-pressed:text-slate-900 aria-pressed:shadow-sm aria-pressed:ring-1 aria-pressed:ring-slate-900/5 " +
  "dark:aria-pressed:bg-slate-700/80 dark:aria-pressed:text-white dark:aria-pressed:ring-white/10 " +
  "focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-blue-600 dark:focus-visible:outline-blue-400";

/** System / Light / Dark. Stored in localStorage ("statuspage.theme"); sets class light|dark on <html>. */
export function ThemeToggle({ className }: { className?: string }) {
  const theme = useSyncExternalStore(subscribe, readTheme, serverTheme);
  const m = messages(useLanguage()).theme;
  return (
    <div
      role="group"
      aria-label={m.label}
      className={
        "inline-flex items-center gap-0.5 rounded-lg border border-slate-200 bg-slate-100/80 p-0.5 dark:border-slate-800 dark:bg-slate-900 " +
        (className ?? "")
      }
    >
      {OPTIONS.map((option) => (
        <button
          key={option.value}
          type="button"
          aria-pressed={theme === option.value}
          onClick={() => setTheme(option.value)}
          title={fill(m.title, { theme: m[option.value] })}
          className={SEGMENT}
        >
          <Icon className="size-4">{option.icon}</Icon>
          <span className="sr-only">{m[option.value]}</span>
        </button>
      ))}
    </div>
  );
}
