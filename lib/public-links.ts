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

export function historyHref(page: number): string {
  if (mode().staticMirror) return page <= 1 ? "/history/" : `/history/page/${page}/`;
  return page <= 1 ? "/history" : `/history?page=${page}`;
}

/** Where a visitor subscribes: on the app itself, also from a mirror hosted elsewhere. */
export function subscribeHref(): string {
  const current = mode();
  return current.staticMirror ? `${current.appUrl}/subscribe` : "/subscribe";
}
