import type { JobClass } from "@/lib/domain/job-classes";
import type { Tx } from "@/server/context";
import type { Db } from "@/server/db";

/** Maintenance an auto-start or auto-complete is due for (the worker's own query, counted). */
export const dueMaintenance = (now: Date) => ({
  cancelledAt: null,
  OR: [
    { status: "scheduled", autoStart: true, scheduledStart: { lte: now } },
    { status: { in: ["in_progress", "verifying"] }, autoComplete: true, scheduledEnd: { lte: now } },
  ],
});

/** How much work of `jobClass` waits for a worker now: what a pause holds back, or a resume releases. */
export function countWaiting(db: Db | Tx, jobClass: JobClass, now = new Date()): Promise<number> {
  switch (jobClass) {
    case "email":
    case "webhook":
    case "chat":
      return db.delivery.count({ where: { channel: jobClass, state: "queued" } });
    case "maintenance":
      return db.maintenance.count({ where: dueMaintenance(now) });
    case "import":
      return db.subscriberImport.count({ where: { status: { in: ["queued", "running"] } } });
    case "alerts":
      return db.alertEvent.count({ where: { processedAt: null } });
  }
}
