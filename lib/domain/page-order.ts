/** Something with a place in one ordering scope (a group, or the page's top level). */
export type Placed = { id: string; name: string; position: number };

/** Page order: by position, ties by name (the same rule the public page uses). */
export function byPageOrder<T extends Placed>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.position - b.position || a.name.localeCompare(b.name));
}

/**
 * Applies a requested order to a scope's current members. Ids that are not members come back
 * in `unknown`. Members the request leaves out (added since the list was loaded) follow the
 * listed ones in their current order, so a slightly stale list never loses anything.
 */
export function mergeOrder(current: readonly string[], requested: readonly string[]): { order: string[]; unknown: string[] } {
  const members = new Set(current);
  const unknown = requested.filter((id) => !members.has(id));
  const listed = new Set(requested);
  const order = [...requested.filter((id) => members.has(id)), ...current.filter((id) => !listed.has(id))];
  return { order, unknown };
}

/** Moves `id` by `delta` places (clamped to the ends); the list is returned unchanged when `id` is absent. */
export function moveItem(order: readonly string[], id: string, delta: number): string[] {
  const from = order.indexOf(id);
  if (from === -1) return [...order];
  const to = Math.min(order.length - 1, Math.max(0, from + delta));
  const next = order.filter((other) => other !== id);
  next.splice(to, 0, id);
  return next;
}
