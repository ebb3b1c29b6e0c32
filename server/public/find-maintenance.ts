import type { PublicMaintenance, PublicSnapshot } from "./snapshot-types";

/**
 * A maintenance by slug or id: upcoming, running, or among the recent completed ones the snapshot
 * keeps. Answered from the snapshot alone, so it works while the database is down and random URLs
 * never reach it; cancelled maintenance is not public.
 */
export function findPublicMaintenance(snapshot: PublicSnapshot, key: string): PublicMaintenance | null {
  const { active, upcoming, past } = snapshot.maintenance;
  return [...active, ...upcoming, ...past].find((m) => m.slug === key || m.id === key) ?? null;
}
