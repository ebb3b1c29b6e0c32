// Who an announcement reaches, stored as a rule on its notification and applied by the worker.

/** The stored form of an audience: the affected component ids as a JSON array ("[]" = everyone). */
export function encodeAudience(componentIds: string[]): string {
  return JSON.stringify([...new Set(componentIds)].sort());
}

export function decodeAudience(text: string): string[] {
  const value: unknown = JSON.parse(text);
  if (!Array.isArray(value) || !value.every((id) => typeof id === "string")) throw new Error(`not an audience: ${text.slice(0, 80)}`);
  return value;
}

/**
 * Subscribers an announcement reaches: active, and already active when it was made (`asOf`), who
 * chose no components (= all) or one of its components. An event on no component reaches everyone.
 */
export function audienceWhere(componentIds: string[], asOf: Date) {
  const choice = componentIds.length
    ? [{ components: { none: {} } }, { components: { some: { componentId: { in: componentIds } } } }]
    : undefined;
  return { status: "active", activatedAt: { lte: asOf }, ...(choice ? { OR: choice } : {}) };
}
