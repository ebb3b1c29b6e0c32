/**
 * Links the public pages draw. The live app takes `/history?page=2`; a static mirror (scripts/export-static)
 * can only map paths to files, so there it links `/history/page/2/`, and forms, which need the app, point
 * at the app's own address. The app answers both spellings.
 */
type LinkMode = { staticMirror: false } | { staticMirror: true; appUrl: string };

// On globalThis: set by the export script before Next renders, read by the pages inside Next's bundle.
const holder = globalThis as unknown as { __publicLinkMode?: LinkMode };
const mode = (): LinkMode => holder.__publicLinkMode ?? { staticMirror: false };

export function renderForStaticMirror(appUrl: string): void {
  holder.__publicLinkMode = { staticMirror: true, appUrl: appUrl.replace(/\/+$/, "") };
}

/** A history page, of one component's incidents when `component` (its slug) is given. */
export function historyHref(page: number, component?: string): string {
  const filter = component ? encodeURIComponent(component) : null;
  if (mode().staticMirror) {
    const base = filter ? `/history/component/${filter}/` : "/history/";
    return page <= 1 ? base : `${base}page/${page}/`;
  }
  const query = new URLSearchParams();
  if (filter) query.set("component", component!);
  if (page > 1) query.set("page", String(page));
  const search = query.toString();
  return search ? `/history?${search}` : "/history";
}

/** Component ranges a page offers; the default range is the home page's. */
export const COMPONENT_RANGES = [30, 90, 365] as const;
export type ComponentRange = (typeof COMPONENT_RANGES)[number];
export const DEFAULT_COMPONENT_RANGE: ComponentRange = 90;

/** A component's page (same spelling in the app and a mirror: no query string). */
export function componentHref(slug: string, range: ComponentRange = DEFAULT_COMPONENT_RANGE): string {
  const base = `/components/${encodeURIComponent(slug)}`;
  if (range === DEFAULT_COMPONENT_RANGE) return mode().staticMirror ? `${base}/` : base;
  return mode().staticMirror ? `${base}/${range}/` : `${base}/${range}`;
}

/** Where a visitor subscribes (to one incident, given its slug): on the app itself, also from a mirror hosted elsewhere. */
export function subscribeHref(incident?: string): string {
  const current = mode();
  const path = incident ? `/subscribe?incident=${encodeURIComponent(incident)}` : "/subscribe";
  return current.staticMirror ? `${current.appUrl}${path}` : path;
}
