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

/** The emails a follower of one incident gets: that incident's, and nothing else. */
export const FOLLOWER_KINDS = ["incident_published", "incident_updated", "incident_resolved"] as const;

/**
 * The audience as a SQL condition on subscriber `s` and notification `n`, either of:
 * - a page subscriber (no incident) active when the notification was made, who chose no
 *   components (= all) or one of its components. An event on no component reaches every one.
 * - a follower of the notification's incident (an incident email kind only) who was active when it
 *   was made: still active, or ended (the incident resolved) after it was made. The resolution ends
 *   them as its last batch is written (server/delivery/expand.ts), so it reaches them too.
 * `?` placeholders, values in `params`.
 */
export function audienceSql(componentIds: string[]): { sql: string; params: string[] } {
  const page = `s."incidentId" IS NULL AND s."status" = 'active' AND s."activatedAt" <= n."createdAt"`;
  const kinds = FOLLOWER_KINDS.map((k) => `'${k}'`).join(", ");
  const follower =
    `s."incidentId" = n."incidentId" AND n."kind" IN (${kinds}) AND s."activatedAt" <= n."createdAt"` +
    ` AND (s."status" = 'active' OR (s."status" = 'ended' AND s."unsubscribedAt" >= n."createdAt"))`;
  if (componentIds.length === 0) return { sql: `((${page}) OR (${follower}))`, params: [] };
  const chosen = `SELECT 1 FROM "SubscriberComponent" c WHERE c."subscriberId" = s."id"`;
  const list = componentIds.map(() => "?").join(", ");
  return {
    sql: `((${page} AND (NOT EXISTS (${chosen}) OR EXISTS (${chosen} AND c."componentId" IN (${list})))) OR (${follower}))`,
    params: componentIds,
  };
}
