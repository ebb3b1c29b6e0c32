import type { IncidentStatus } from "@/lib/domain/statuses";

export type StatusUpdate = { status: string; displayAt: Date; createdAt: Date };

/** The update that decides the incident's status: the latest by display time, then by creation. */
export function latestUpdate<T extends StatusUpdate>(updates: readonly T[]): T | null {
  let latest: T | null = null;
  for (const update of updates) {
    if (!latest) latest = update;
    else {
      const byDisplay = update.displayAt.getTime() - latest.displayAt.getTime();
      if (byDisplay > 0 || (byDisplay === 0 && update.createdAt.getTime() >= latest.createdAt.getTime())) latest = update;
    }
  }
  return latest;
}

/** An incident's status is the status of its latest update ("investigating" before there is one). */
export function deriveIncidentStatus(updates: readonly StatusUpdate[]): IncidentStatus {
  return (latestUpdate(updates)?.status as IncidentStatus | undefined) ?? "investigating";
}
