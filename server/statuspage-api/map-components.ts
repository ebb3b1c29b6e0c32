import type { PublicApiData } from "@/server/public/snapshot-types";
import { worstStatus } from "@/lib/domain/statuses";
import type { V2Component } from "./types";
import { zonedIso } from "./zoned-time";

type Component = PublicApiData["components"][number];
type Group = PublicApiData["groups"][number];
type Entry = { position: number; name: string };

const byPosition = (a: Entry, b: Entry) => a.position - b.position || a.name.localeCompare(b.name);

/**
 * Components in page order, each group (as a component with `group: true` and its members' ids)
 * followed by its members. Positions are 1-based within a group or the top level; a group shows
 * its worst member's status; groups without members are left out, as on the page.
 */
export function v2Components(api: PublicApiData, pageId: string, timeZone: string): V2Component[] {
  const groupIds = new Set(api.groups.map((g) => g.id));
  const members = new Map<string, Component[]>();
  const top: Array<{ position: number; name: string; group?: Group; component?: Component }> = [];
  for (const component of api.components) {
    if (component.groupId && groupIds.has(component.groupId))
      members.set(component.groupId, [...(members.get(component.groupId) ?? []), component]);
    else top.push({ position: component.position, name: component.name, component });
  }
  for (const group of api.groups) if (members.has(group.id)) top.push({ position: group.position, name: group.name, group });

  const toV2 = (c: Component, position: number, groupId: string | null): V2Component => ({
    id: c.id,
    name: c.name,
    status: c.status,
    created_at: zonedIso(c.createdAt, timeZone),
    updated_at: zonedIso(c.updatedAt, timeZone),
    position,
    description: c.description,
    showcase: true,
    start_date: c.startDate?.slice(0, 10) ?? null,
    group_id: groupId,
    page_id: pageId,
    group: false,
    only_show_if_degraded: c.onlyShowIfDegraded,
  });

  return top.sort(byPosition).flatMap((entry, index): V2Component[] => {
    if (entry.component) return [toV2(entry.component, index + 1, null)];
    const group = entry.group!;
    const list = members.get(group.id)!.sort(byPosition);
    const head: V2Component = {
      id: group.id,
      name: group.name,
      status: worstStatus(list.map((c) => c.status)),
      created_at: zonedIso(group.createdAt, timeZone),
      updated_at: zonedIso(group.updatedAt, timeZone),
      position: index + 1,
      description: group.description,
      showcase: false,
      start_date: null,
      group_id: null,
      page_id: pageId,
      group: true,
      only_show_if_degraded: false,
      components: list.map((c) => c.id),
    };
    return [head, ...list.map((c, i) => toV2(c, i + 1, group.id))];
  });
}
