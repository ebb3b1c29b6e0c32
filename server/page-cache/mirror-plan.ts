import { NOT_FOUND_KEYS, V2_PATHS } from "./page-routes";
import type { SnapshotIndex } from "./snapshot-index";

/** One file of the static mirror: the page's cache key (also what Next renders) and where it goes. */
export type MirrorFile = { key: string; file: string };

const slugs = (map: Map<string, string>) => [...new Set(map.values())];

/**
 * Every public answer as a file, with directory-style paths (`incidents/<slug>/index.html`) so any
 * static server maps the URLs; the spellings files cannot express (query strings) get the paths the
 * app also answers: `history/page/2/`, `badge/<id>.svg`.
 */
export function mirrorPlan(index: SnapshotIndex): MirrorFile[] {
  const files: MirrorFile[] = [
    { key: "/", file: "index.html" },
    { key: "/history", file: "history/index.html" },
    { key: "/feed.rss", file: "feed.rss" },
    { key: "/feed.atom", file: "feed.atom" },
    { key: "/maintenance.ics", file: "maintenance.ics" },
    { key: "/badge.svg", file: "badge.svg" },
    { key: "/widget.js", file: "widget.js" },
    { key: "/embed", file: "embed/index.html" },
    { key: NOT_FOUND_KEYS.page, file: "404.html" },
  ];
  for (let page = 2; page <= index.historyPages; page++)
    files.push({ key: `/history?page=${page}`, file: `history/page/${page}/index.html` });
  for (const path of V2_PATHS) files.push({ key: path, file: path.slice(1) });
  for (const slug of slugs(index.incidents))
    files.push({ key: `/incidents/${encodeURIComponent(slug)}`, file: `incidents/${slug}/index.html` });
  for (const slug of slugs(index.maintenance))
    files.push({ key: `/maintenance/${encodeURIComponent(slug)}`, file: `maintenance/${slug}/index.html` });
  files.push({ key: "/history.json", file: "history.json" });
  for (const slug of slugs(index.componentPages)) {
    const name = encodeURIComponent(slug);
    files.push({ key: `/components/${name}`, file: `components/${slug}/index.html` });
    for (const range of [30, 365]) files.push({ key: `/components/${name}/${range}`, file: `components/${slug}/${range}/index.html` });
    files.push({ key: `/history?component=${name}`, file: `history/component/${slug}/index.html` });
    for (let page = 2; page <= index.historyPages; page++)
      files.push({ key: `/history?component=${name}&page=${page}`, file: `history/component/${slug}/page/${page}/index.html` });
  }
  for (const id of index.components) files.push({ key: `/badge.svg?component=${encodeURIComponent(id)}`, file: `badge/${id}.svg` });
  return files;
}
