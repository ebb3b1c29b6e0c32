import { scriptJson } from "@/lib/script-json";
import type { PublicSnapshot } from "@/server/public/snapshot-types";
import { v2Components } from "@/server/statuspage-api/map-components";
import { PAGE_ID, V2_STATUS } from "@/server/statuspage-api/endpoints";
import { fill, messages } from "@/lib/i18n";
import { pageLanguage } from "@/server/public/page-language";
import { COMPONENT_STATUSES, type ComponentStatus } from "@/lib/domain/statuses";
import { STATUS_BADGE } from "./badge-status";
import { PILL_CSS, PILL_DARK } from "./pill-css";
import { WIDGET_CLIENT } from "./widget-client";

// The current state is embedded so the pill paints without a second request (and still works where the host's
// CSP blocks fetches); the script then follows /api/v2/status.json and components.json every minute, which
// is why it carries the v2 descriptions and component shape rather than a private format.
export const WIDGET_REFRESH_MS = 60_000;

const CSS = `:host{all:initial;display:inline-block}${PILL_CSS}a.dark{${PILL_DARK}}@media (prefers-color-scheme:dark){a.auto{${PILL_DARK}}}.logo{width:16px;height:16px;object-fit:contain;flex:none}`;

/** The page's accent (Settings → Branding) on the pill's hover and focus border; a #rrggbb checked when saved. */
const accentCss = (accent: string | null | undefined) =>
  accent && /^#[0-9a-f]{6}$/.test(accent) ? `a:hover,a:focus-visible{border-color:${accent}}` : "";

export type WidgetConfig = {
  base: string;
  url: string;
  title: string;
  /** The page's logo as an https:// URL (Settings), shown in the pill; null: none. */
  logo: string | null;
  css: string;
  refreshMs: number;
  overall: ComponentStatus;
  /** Every component and group of components.json; null when the snapshot predates the API (the first refresh fills it). */
  components: Array<{ id: string; name: string; status: ComponentStatus }> | null;
  styles: Record<ComponentStatus, { color: string; overall: string; component: string }>;
  /** status.json's description → status: the inverse of V2_STATUS, so the refresh needs no other endpoint. */
  descriptions: Record<string, ComponentStatus>;
};

/** A logo on this site ("/logo.svg") made absolute; only https:// goes on someone else's page. */
function absoluteHttps(url: string | null, base: string): string | null {
  if (!url) return null;
  try {
    const absolute = new URL(url, `${base}/`);
    return absolute.protocol === "https:" ? absolute.toString() : null;
  } catch {
    return null;
  }
}

export function widgetConfig(snapshot: PublicSnapshot, baseUrl: string): WidgetConfig {
  const api = snapshot.api;
  const components = api ? v2Components(api, PAGE_ID, snapshot.page.timeZone).map(({ id, name, status }) => ({ id, name, status })) : null;
  const t = messages(pageLanguage(snapshot));
  const styles = Object.fromEntries(
    COMPONENT_STATUSES.map((s) => [s, { color: STATUS_BADGE[s].color, overall: t.overall[s], component: t.componentStatus[s] }]),
  ) as WidgetConfig["styles"];
  return {
    base: baseUrl,
    url: `${baseUrl}/`,
    title: fill(t.widget.title, { name: snapshot.page.name }),
    logo: absoluteHttps(snapshot.page.logoUrl, baseUrl),
    css: CSS + accentCss(snapshot.page.brand?.accentColor),
    refreshMs: WIDGET_REFRESH_MS,
    overall: snapshot.overall.status,
    components,
    styles,
    descriptions: Object.fromEntries(COMPONENT_STATUSES.map((s) => [V2_STATUS[s].description, s])),
  };
}

/** The whole of /widget.js: the client code called with this page's config. */
export function widgetScript(snapshot: PublicSnapshot, baseUrl: string): string {
  return `${WIDGET_CLIENT}(${scriptJson(widgetConfig(snapshot, baseUrl))});\n`;
}
