// Shared by the inline head script (server) and the toggle (client). Kept out of "use client" modules so server
// components get real values, not client references.

export type Theme = "system" | "light" | "dark";

export const THEME_STORAGE_KEY = "statuspage.theme";

/** The stored theme; anything unknown or missing means "system". */
export function parseTheme(value: unknown): Theme {
  return value === "light" || value === "dark" ? value : "system";
}
