import { historyPageCount } from "@/server/public/history";
import { shownComponents } from "@/server/public/shown-components";
import { fromSnapshot } from "@/server/public/snapshot-memo";
import type { PublicSnapshot } from "@/server/public/snapshot-types";

/** What a URL may name, per snapshot: the bounded set of public pages that exist. */
export type SnapshotIndex = {
  /** Slug or id → slug, for every published incident. */
  incidents: Map<string, string>;
  /** Slug or id → slug, for maintenance the snapshot shows (upcoming, running, recent). */
  maintenance: Map<string, string>;
  /** Components and groups shown on the page (the badge's `component`). */
  components: Set<string>;
  /** Slug or id → slug, for every shown component (its page, and the history filter). */
  componentPages: Map<string, string>;
  historyPages: number;
};

function bySlugOrId(items: Array<{ id: string; slug: string }>): Map<string, string> {
  const map = new Map<string, string>();
  for (const item of items) map.set(item.id, item.slug).set(item.slug, item.slug);
  return map;
}

function indexOf(snapshot: PublicSnapshot): SnapshotIndex {
  const { active, upcoming, past } = snapshot.maintenance;
  const shown = shownComponents(snapshot).map(({ component }) => component);
  const groups = snapshot.rows.flatMap((row) => (row.kind === "group" ? [row.group.id] : []));
  const components = new Set([...groups, ...shown.map((c) => c.id)]);
  const pages = shown.flatMap((c) => (c.slug ? [{ id: c.id, slug: c.slug }] : []));
  return {
    incidents: bySlugOrId(snapshot.history),
    maintenance: bySlugOrId([...active, ...upcoming, ...past]),
    components,
    componentPages: bySlugOrId(pages),
    historyPages: historyPageCount(snapshot.history, { timeZone: snapshot.page.timeZone, now: new Date(snapshot.generatedAt) }),
  };
}

/** Built once per snapshot. */
export function snapshotIndex(snapshot: PublicSnapshot): SnapshotIndex {
  return fromSnapshot(snapshot, "page-cache:index", () => indexOf(snapshot));
}
