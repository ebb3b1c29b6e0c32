import { escapeHtml } from "@/lib/escape-html";
import type { PublicSnapshot } from "@/server/public/snapshot-types";
import { STATUS_BADGE } from "./badge-status";

// Inline styles only, no script: the page is meant for an <iframe> on other sites and is served with a CSP
// that allows nothing else.
const STYLE = [
  "html,body{margin:0;background:transparent}",
  "a{display:inline-flex;align-items:center;gap:8px;padding:6px 12px;border:1px solid #d1d5db;border-radius:999px;",
  "font:500 14px/1.2 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#111827;background:#fff;text-decoration:none}",
  "a:hover,a:focus-visible{border-color:#6b7280}",
  ".dot{width:10px;height:10px;border-radius:50%;flex:none}",
  "@media (prefers-color-scheme:dark){a{color:#f3f4f6;background:#111827;border-color:#374151}}",
].join("");

/** A minimal document with the overall status as a pill linking to the status page. */
export function embedHtml(snapshot: PublicSnapshot, baseUrl: string): string {
  const { status, label } = snapshot.overall;
  const name = escapeHtml(snapshot.page.name);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${name} status</title><style>${STYLE}.dot{background:${STATUS_BADGE[status].color}}</style></head>
<body><a href="${escapeHtml(baseUrl)}/" target="_blank" rel="noopener" title="${name} status page"><span class="dot" aria-hidden="true"></span>${escapeHtml(label)}</a></body></html>
`;
}
