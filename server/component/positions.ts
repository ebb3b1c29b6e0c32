import type { Tx } from "@/server/context";
import { byPageOrder, type Placed } from "@/lib/domain/page-order";

export type ScopeItem = Placed & { kind: "group" | "component" };

/** The members of one scope in page order: a group's components, or (null) the top level, where groups and ungrouped components share one sequence. */
export async function scopeItems(tx: Tx, groupId: string | null): Promise<ScopeItem[]> {
  const select = { id: true, name: true, position: true } as const;
  const components = (await tx.component.findMany({ where: { groupId }, select })).map((c) => ({ ...c, kind: "component" as const }));
  const groups = groupId ? [] : (await tx.componentGroup.findMany({ select })).map((g) => ({ ...g, kind: "group" as const }));
  return byPageOrder([...groups, ...components]);
}

/** The position after the last member of the scope. */
export async function nextPosition(tx: Tx, groupId: string | null): Promise<number> {
  const last = await tx.component.aggregate({ where: { groupId }, _max: { position: true } });
  let max = last._max.position ?? -1;
  if (groupId === null) {
    const lastGroup = await tx.componentGroup.aggregate({ _max: { position: true } });
    max = Math.max(max, lastGroup._max.position ?? -1);
  }
  return max + 1;
}

/** Numbers the scope 0…n−1 in `order`, writing only rows whose position changes. */
export async function writeOrder(tx: Tx, items: readonly ScopeItem[], order: readonly string[]): Promise<void> {
  const byId = new Map(items.map((item) => [item.id, item]));
  for (const [position, id] of order.entries()) {
    const item = byId.get(id);
    if (!item || item.position === position) continue;
    if (item.kind === "group") await tx.componentGroup.update({ where: { id }, data: { position } });
    else await tx.component.update({ where: { id }, data: { position } });
  }
}
