import type { SnapshotIndex } from "./snapshot-index";

/**
 * Where a public GET goes. `cached`: bytes rendered once per snapshot and kept; `key` names the
 * variant and is also the path Next renders it from. Every URL maps to one of a bounded set of keys
 * (the pages that exist, plus one 404 per kind), so no query string or header can force a render.
 * `next`: the rest of the app (console, sign-in, forms, server actions). `asset`: build files and
 * the files of `public/`.
 */
export type PageRoute = { kind: "cached"; key: string; hot: boolean } | { kind: "next" } | { kind: "asset"; path: string };

// Statuspage's public API v2.
export const V2_PATHS = new Set(
  [
    "summary",
    "status",
    "components",
    "incidents",
    "incidents/unresolved",
    "scheduled-maintenances",
    "scheduled-maintenances/upcoming",
    "scheduled-maintenances/active",
  ].map((name) => `/api/v2/${name}.json`),
);
const EXACT = new Set(["/feed.rss", "/feed.atom", "/widget.js", "/embed", "/history.json"]);
/** Files of the top-level `public/` folder, served as they are (every browser asks for the icon). */
export const PUBLIC_FILES = new Set(["/favicon.ico", "/favicon.svg", "/robots.txt"]);
// Rendered by Next on every request: the console, sign-in, the management API, the subscriber forms and chat links.
const NEXT_EXACT = new Set(["/admin", "/subscribe"]);
const NEXT_PREFIXES = ["/admin/", "/api/", "/subscribe/", "/subscription/", "/unsubscribe/", "/chat/", "/_next/"];

/** Keys of the 404 answers (each renders through a path that cannot exist). */
export const NOT_FOUND_KEYS = {
  page: "/_not-found",
  incident: "/incidents/_not-found",
  maintenance: "/maintenance/_not-found",
  component: "/components/_not-found",
  badge: "/badge.svg?component=_not-found",
} as const;

function decode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

const cached = (key: string, hot = false): PageRoute => ({ kind: "cached", key, hot });

function slugRoute(rest: string, known: Map<string, string>, base: string, notFound: string): PageRoute {
  const slug = rest.includes("/") ? null : decode(rest);
  const canonical = slug === null ? undefined : known.get(slug);
  return cached(canonical === undefined ? notFound : `${base}${encodeURIComponent(canonical)}`);
}

/** History, of one component when `component` (slug or id) is given; the text search runs in the browser. */
function historyRoute(page: string | null, component: string | null, index: SnapshotIndex): PageRoute {
  const slug = component === null ? null : index.componentPages.get(component);
  if (slug === undefined) return cached(NOT_FOUND_KEYS.page);
  const base = slug === null ? "/history" : `/history?component=${encodeURIComponent(slug)}`;
  const join = slug === null ? "?" : "&";
  if (page === null || page === "1") return cached(base, slug === null);
  const n = /^[1-9]\d{0,5}$/.test(page) ? Number(page) : 0;
  return cached(n >= 2 && n <= index.historyPages ? `${base}${join}page=${n}` : NOT_FOUND_KEYS.page);
}

const COMPONENT_RANGES = new Set(["30", "365"]);

/** `/components/<slug or id>` (90 days) and `/components/<slug or id>/<30|90|365>`. */
function componentRoute(rest: string, index: SnapshotIndex): PageRoute {
  const [name, range, ...more] = rest.split("/");
  const slug = name === undefined || more.length > 0 ? undefined : index.componentPages.get(decode(name) ?? "");
  if (slug === undefined || (range !== undefined && range !== "90" && !COMPONENT_RANGES.has(range))) {
    return cached(NOT_FOUND_KEYS.component);
  }
  const base = `/components/${encodeURIComponent(slug)}`;
  return cached(range === undefined || range === "90" ? base : `${base}/${range}`);
}

/** The mirror's spelling of a filtered history: /history/component/<slug>[/page/<n>]. */
function componentHistoryRoute(rest: string, index: SnapshotIndex): PageRoute {
  const [name, pageWord, page, ...more] = rest.split("/");
  if (more.length > 0 || (pageWord !== undefined && pageWord !== "page") || (pageWord !== undefined && page === undefined)) {
    return cached(NOT_FOUND_KEYS.page);
  }
  return historyRoute(page ?? null, decode(name ?? "") ?? "", index);
}

function badgeRoute(component: string | null, index: SnapshotIndex): PageRoute {
  if (component === null) return cached("/badge.svg", true);
  return cached(index.components.has(component) ? `/badge.svg?component=${encodeURIComponent(component)}` : NOT_FOUND_KEYS.badge);
}

function calendarRoute(component: string | null, index: SnapshotIndex): PageRoute {
  if (component === null) return cached("/maintenance.ics");
  return cached(index.components.has(component) ? `/maintenance.ics?component=${encodeURIComponent(component)}` : NOT_FOUND_KEYS.page);
}

/** The route of a GET or HEAD request target (`/path?query`). */
export function routeOf(target: string, index: SnapshotIndex): PageRoute {
  const q = target.indexOf("?");
  let path = q === -1 ? target : target.slice(0, q);
  if (path.length > 1 && path.endsWith("/")) path = path.slice(0, -1);
  if (path === "/") return cached("/", true);
  if (path.startsWith("/_next/static/") || PUBLIC_FILES.has(path)) return { kind: "asset", path };
  if (V2_PATHS.has(path) || EXACT.has(path)) return cached(path, true);
  const query = () => new URLSearchParams(q === -1 ? "" : target.slice(q + 1));
  if (path === "/history") return historyRoute(query().get("page"), query().get("component"), index);
  if (path === "/badge.svg") return badgeRoute(query().get("component"), index);
  if (path === "/maintenance.ics") return calendarRoute(query().get("component"), index);
  // The static mirror's spellings (files cannot see query strings): /history/page/2, /badge/<id>.svg.
  if (path.startsWith("/history/page/")) return historyRoute(path.slice(14), null, index);
  if (path.startsWith("/history/component/")) return componentHistoryRoute(path.slice(19), index);
  if (path.startsWith("/components/")) return componentRoute(path.slice(12), index);
  if (path.startsWith("/badge/") && path.endsWith(".svg")) return badgeRoute(decode(path.slice(7, -4)) ?? "", index);
  if (path.startsWith("/incidents/")) return slugRoute(path.slice(11), index.incidents, "/incidents/", NOT_FOUND_KEYS.incident);
  if (path.startsWith("/maintenance/")) return slugRoute(path.slice(13), index.maintenance, "/maintenance/", NOT_FOUND_KEYS.maintenance);
  if (path.startsWith("/api/v2/")) return cached(NOT_FOUND_KEYS.page);
  if (NEXT_EXACT.has(path) || NEXT_PREFIXES.some((prefix) => path.startsWith(prefix))) return { kind: "next" };
  return cached(NOT_FOUND_KEYS.page);
}
