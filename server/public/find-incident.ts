import { logger } from "@/lib/logger";
import { getDb } from "@/server/db";
import type { PublicIncident, PublicSnapshot } from "./snapshot-types";
import { toIncident } from "./to-public";
import { incidentInclude } from "./build-snapshot";

const CACHE_LIMIT = 200;
// Older incidents than the snapshot holds, read once per revision and kept (also if the database goes away).
const holder = globalThis as unknown as { __olderIncidents?: Map<string, { revision: number; incident: PublicIncident }> };
const cache = (holder.__olderIncidents ??= new Map());

/**
 * An incident by slug or id. Unknown or unpublished keys are answered from the snapshot alone,
 * so random URLs never reach the database.
 */
export async function findPublicIncident(snapshot: PublicSnapshot, key: string): Promise<PublicIncident | null> {
  const recent = snapshot.recentIncidents.find((i) => i.slug === key || i.id === key);
  if (recent) return recent;
  const summary = snapshot.history.find((i) => i.slug === key || i.id === key);
  if (!summary) return null;
  const cached = cache.get(summary.id);
  if (cached?.revision === snapshot.revision) return cached.incident;
  try {
    const row = await getDb().incident.findFirst({
      where: { id: summary.id, publishedAt: { not: null } },
      include: incidentInclude,
    });
    if (!row) return null;
    const incident = toIncident(row);
    cache.delete(summary.id);
    cache.set(summary.id, { revision: snapshot.revision, incident });
    if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    return incident;
  } catch (error) {
    if (!cached) throw error;
    logger.warn({ err: error, incident: summary.id }, "serving a cached incident: database unavailable");
    return cached.incident;
  }
}
