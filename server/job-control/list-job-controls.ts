import { JOB_CLASSES, type JobClass } from "@/lib/domain/job-classes";
import { authorize, type Ctx } from "@/server/context";
import type { Db } from "@/server/db";
import { countWaiting } from "./waiting";

export type JobControlView = {
  jobClass: JobClass;
  paused: boolean;
  reason: string | null;
  updatedBy: string | null;
  updatedAt: Date | null;
  /** Work of this class waiting for a worker now. */
  waiting: number;
};

/** One job class's switch as it stands (never switched: running). For pages that authorized already. */
export async function readJobControl(db: Db, jobClass: JobClass): Promise<JobControlView> {
  const [row, waiting] = await Promise.all([db.jobControl.findUnique({ where: { jobClass } }), countWaiting(db, jobClass)]);
  return {
    jobClass,
    paused: row?.paused ?? false,
    reason: row?.reason ?? null,
    updatedBy: row?.updatedBy ?? null,
    updatedAt: row?.updatedAt ?? null,
    waiting,
  };
}

/** Every job class's kill switch, in a fixed order, with the work each holds. */
export async function listJobControls({ ctx }: { ctx: Ctx }): Promise<JobControlView[]> {
  authorize(ctx, "admin:read");
  return Promise.all(JOB_CLASSES.map((jobClass) => readJobControl(ctx.db, jobClass)));
}
