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
 * The audience as a SQL condition on subscriber `s` and notification `n`: active, and already
 * active when the notification was made, and either chose no components (= all) or one of its
 * components. An event on no component reaches everyone. `?` placeholders, values in `params`.
 */
export function audienceSql(componentIds: string[]): { sql: string; params: string[] } {
  const base = `s."status" = 'active' AND s."activatedAt" <= n."createdAt"`;
  if (componentIds.length === 0) return { sql: base, params: [] };
  const chosen = `SELECT 1 FROM "SubscriberComponent" c WHERE c."subscriberId" = s."id"`;
  const list = componentIds.map(() => "?").join(", ");
  return {
    sql: `${base} AND (NOT EXISTS (${chosen}) OR EXISTS (${chosen} AND c."componentId" IN (${list})))`,
    params: componentIds,
  };
}
