import { escapeHtml } from "@/lib/escape-html";
import { fill, messages } from "@/lib/i18n";
import { pageLanguage } from "@/server/public/page-language";
import type { PublicSnapshot } from "@/server/public/snapshot-types";
import { STATUS_BADGE } from "./badge-status";
import { PILL_CSS, PILL_DARK } from "./pill-css";

// Inline styles only, no script: the page is meant for an <iframe> on other sites and is served with a CSP
// that allows nothing else.
const STYLE = `html,body{margin:0;background:transparent}${PILL_CSS}@media (prefers-color-scheme:dark){a{${PILL_DARK}}}`;

/** A minimal document with the overall status as a pill linking to the status page. */
export function embedHtml(snapshot: PublicSnapshot, baseUrl: string): string {
  const { status } = snapshot.overall;
  const lang = pageLanguage(snapshot);
  const t = messages(lang);
  const name = snapshot.page.name;
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(fill(t.widget.embedTitle, { name }))}</title><style>${STYLE}.dot{background:${STATUS_BADGE[status].color}}</style></head>
<body><a href="${escapeHtml(baseUrl)}/" target="_blank" rel="noopener" title="${escapeHtml(fill(t.widget.title, { name }))}"><span class="dot" aria-hidden="true"></span>${escapeHtml(t.overall[status])}</a></body></html>
`;
}
