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
const EXACT = new Set(["/feed.rss", "/feed.atom", "/widget.js", "/embed"]);
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

function historyRoute(page: string | null, index: SnapshotIndex): PageRoute {
  if (page === null || page === "1") return cached("/history", true);
  const n = /^[1-9]\d{0,5}$/.test(page) ? Number(page) : 0;
  return cached(n >= 2 && n <= index.historyPages ? `/history?page=${n}` : NOT_FOUND_KEYS.page);
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
  if (path === "/history") return historyRoute(query().get("page"), index);
  if (path === "/badge.svg") return badgeRoute(query().get("component"), index);
  if (path === "/maintenance.ics") return calendarRoute(query().get("component"), index);
  // The static mirror's spellings (files cannot see query strings): /history/page/2, /badge/<id>.svg.
  if (path.startsWith("/history/page/")) return historyRoute(path.slice(14), index);
  if (path.startsWith("/badge/") && path.endsWith(".svg")) return badgeRoute(decode(path.slice(7, -4)) ?? "", index);
  if (path.startsWith("/incidents/")) return slugRoute(path.slice(11), index.incidents, "/incidents/", NOT_FOUND_KEYS.incident);
  if (path.startsWith("/maintenance/")) return slugRoute(path.slice(13), index.maintenance, "/maintenance/", NOT_FOUND_KEYS.maintenance);
  if (path.startsWith("/api/v2/")) return cached(NOT_FOUND_KEYS.page);
  if (NEXT_EXACT.has(path) || NEXT_PREFIXES.some((prefix) => path.startsWith(prefix))) return { kind: "next" };
  return cached(NOT_FOUND_KEYS.page);
}
