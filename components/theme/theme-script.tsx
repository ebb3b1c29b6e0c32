import { THEME_STORAGE_KEY } from "./theme-constants";

/**
 * Applies the stored theme to <html> before first paint. Must match applyTheme() in theme-toggle.tsx:
 * class "light" or "dark" (none for system) plus `color-scheme`, so form controls and scrollbars follow.
 */
export const THEME_SCRIPT =
  `(function(){try{var t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)}),d=document.documentElement;` +
  `d.classList.remove("light","dark");if(t==="light"||t==="dark"){d.classList.add(t);d.style.colorScheme=t}}catch(e){}})()`;

/**
 * Put in <head> of the root layout (which also needs `suppressHydrationWarning` on <html>, since the class is set
 * before React hydrates). Pass the request's CSP nonce if a Content-Security-Policy restricts inline scripts.
 */
export function ThemeScript({ nonce }: { nonce?: string }) {
  return <script nonce={nonce} dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />;
}
