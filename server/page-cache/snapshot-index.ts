import { historyPageCount } from "@/server/public/history";
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
  const components = new Set<string>();
  const pages: Array<{ id: string; slug: string }> = [];
  for (const row of snapshot.rows) {
    const members = row.kind === "component" ? [row.component] : row.group.components;
    if (row.kind === "group") components.add(row.group.id);
    for (const component of members) {
      components.add(component.id);
      if (component.slug) pages.push({ id: component.id, slug: component.slug });
    }
  }
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
