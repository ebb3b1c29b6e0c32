import type { JobClass } from "@/lib/domain/job-classes";
import type { Db } from "@/server/db";

/** The kill switch as workers read it: while a job class is paused its work stays queued, nothing is dropped. */
export async function isPaused(db: Db, jobClass: JobClass): Promise<boolean> {
  const row = await db.jobControl.findUnique({ where: { jobClass } });
  return row?.paused ?? false;
}
