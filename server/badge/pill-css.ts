// The status pill shared by the iframe embed and the script widget, so both look the same.
export const PILL_CSS = [
  "a{display:inline-flex;align-items:center;gap:8px;padding:6px 12px;border:1px solid #d1d5db;border-radius:999px;",
  "font:500 14px/1.2 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#111827;background:#fff;text-decoration:none}",
  "a:hover,a:focus-visible{border-color:#6b7280}",
  ".dot{width:10px;height:10px;border-radius:50%;flex:none}",
].join("");

/** Declarations for the pill (`a`) in dark mode. */
export const PILL_DARK = "color:#f3f4f6;background:#111827;border-color:#374151";
