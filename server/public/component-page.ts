import { shownComponents } from "./shown-components";
import type { PublicComponent, PublicIncidentSummary, PublicMaintenance, PublicSnapshot } from "./snapshot-types";

const DAY_MS = 86_400_000;

export type ComponentPageView = {
  component: PublicComponent & { slug: string };
  /** The group it is shown in, if any. */
  groupName: string | null;
  days: number;
  /** Its incidents that started in the range or are still open, newest first. */
  incidents: PublicIncidentSummary[];
  /** Running and upcoming maintenance that affects it. */
  upcomingMaintenance: PublicMaintenance[];
  /** Completed maintenance of the range that affected it, newest first. */
  pastMaintenance: PublicMaintenance[];
  /** Title and link of every incident its bars can name (the range's windows). */
  incidentLinks: Record<string, { title: string; href: string }>;
};

/** A shown component by slug or id, with the group it sits in; null when the page shows no such component. */
export function findShownComponent(
  snapshot: PublicSnapshot,
  slugOrId: string,
): { component: PublicComponent & { slug: string }; groupName: string | null } | null {
  const found = shownComponents(snapshot).find(({ component: c }) => c.slug !== undefined && (c.slug === slugOrId || c.id === slugOrId));
  return found ? { component: found.component as PublicComponent & { slug: string }, groupName: found.groupName } : null;
}

const affects = (m: PublicMaintenance, id: string) => m.components.some((c) => c.id === id);

/** What a component's page shows over the last `days` days, from the snapshot alone. */
export function componentPageView(snapshot: PublicSnapshot, slugOrId: string, days: number): ComponentPageView | null {
  const found = findShownComponent(snapshot, slugOrId);
  if (!found) return null;
  const { component } = found;
  const since = Date.parse(snapshot.generatedAt) - days * DAY_MS;
  const incidents = snapshot.history.filter(
    (i) => i.componentIds?.includes(component.id) && (i.resolvedAt === null || Date.parse(i.startedAt) >= since),
  );
  const { active, upcoming, past } = snapshot.maintenance;
  const byId = new Map(snapshot.history.map((i) => [i.id, i]));
  const incidentLinks: ComponentPageView["incidentLinks"] = {};
  for (const window of component.windows) {
    const incident = window.incidentId ? byId.get(window.incidentId) : undefined;
    if (incident) incidentLinks[incident.id] = { title: incident.title, href: `/incidents/${incident.slug}` };
  }
  return {
    ...found,
    days,
    incidents,
    upcomingMaintenance: [...active, ...upcoming].filter((m) => affects(m, component.id)),
    pastMaintenance: past.filter((m) => affects(m, component.id) && Date.parse(m.completedAt ?? m.scheduledEnd) >= since),
    incidentLinks,
  };
}
