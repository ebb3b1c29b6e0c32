import { z } from "zod";
import { JOB_CLASSES } from "@/lib/domain/job-classes";
import type { VerbInput } from "@/server/verb-input";

export const JobClassName = z.enum(JOB_CLASSES, { error: `Choose one of: ${JOB_CLASSES.join(", ")}` });

export const SetJobPausedInput = z.object({
  jobClass: JobClassName,
  paused: z.boolean({ error: "Say paused: true or false" }),
  reason: z.string().trim().max(200, "Reason is too long (200 characters at most)").optional(),
});
export type SetJobPausedInput = VerbInput<typeof SetJobPausedInput>;
