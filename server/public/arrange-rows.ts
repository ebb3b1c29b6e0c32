import { worstStatus } from "@/lib/domain/statuses";
import type { PublicComponent, PublicRow } from "./snapshot-types";

type GroupRow = { id: string; name: string; description: string | null; position: number; collapsed: boolean };
type ComponentInput = PublicComponent & { position: number; onlyShowIfDegraded: boolean };

/**
 * Page order: groups and ungrouped components share one position sequence. Empty groups are
 * left out; a group shows its worst member's status. "Only show if degraded" components
 * appear only while not operational.
 */
export function arrangeRows(groups: GroupRow[], components: ComponentInput[]): PublicRow[] {
  const visible = components
    .filter((c) => !c.onlyShowIfDegraded || c.status !== "operational")
    .sort((a, b) => a.position - b.position || a.name.localeCompare(b.name));
  const members = new Map<string, PublicComponent[]>();
  const positioned: Array<{ position: number; name: string; row: PublicRow }> = [];
  for (const { position, onlyShowIfDegraded: _hidden, ...component } of visible) {
    if (component.groupId && groups.some((g) => g.id === component.groupId)) {
      members.set(component.groupId, [...(members.get(component.groupId) ?? []), component]);
    } else {
      positioned.push({ position, name: component.name, row: { kind: "component", component } });
    }
  }
  for (const group of groups) {
    const list = members.get(group.id);
    if (!list?.length) continue;
    const status = worstStatus(list.map((c) => c.status));
    const { position, ...rest } = group;
    positioned.push({ position, name: group.name, row: { kind: "group", group: { ...rest, status, components: list } } });
  }
  return positioned.sort((a, b) => a.position - b.position || a.name.localeCompare(b.name)).map((p) => p.row);
}
