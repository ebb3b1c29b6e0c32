import type { HistoryIndex } from "@/lib/history-search";
import { shownComponents } from "./shown-components";
import type { PublicSnapshot } from "./snapshot-types";

/** Every published incident and past maintenance, for the history page's in-browser search (/history.json). */
export function buildHistoryIndex(snapshot: PublicSnapshot): HistoryIndex {
  const names = new Map(shownComponents(snapshot).map(({ component: c }) => [c.id, c.name]));
  const named = (ids: string[]) => ids.flatMap((id) => (names.has(id) ? [names.get(id)!] : []));
  return {
    entries: [
      ...snapshot.history.map((i) => ({
        kind: "incident" as const,
        slug: i.slug,
        title: i.title,
        impact: i.impact,
        status: i.status,
        startedAt: i.startedAt,
        endedAt: i.resolvedAt,
        componentIds: i.componentIds ?? [],
        components: named(i.componentIds ?? []),
      })),
      ...snapshot.maintenance.past.map((m) => ({
        kind: "maintenance" as const,
        slug: m.slug,
        title: m.title,
        impact: null,
        status: m.status,
        startedAt: m.startedAt ?? m.scheduledStart,
        endedAt: m.completedAt,
        componentIds: m.components.map((c) => c.id),
        components: m.components.map((c) => c.name),
      })),
    ].sort((a, b) => Date.parse(b.startedAt) - Date.parse(a.startedAt)),
  };
}
