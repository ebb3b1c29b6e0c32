import { JOB_CLASSES } from "@/lib/domain/job-classes";
import { NotFoundError } from "@/server/errors";
import { setJobPaused } from "@/server/job-control";
import { apiRoute } from "@/server/management-api/handler";

const ACTIONS = new Map([
  ["pause", true],
  ["resume", false],
]);

/** POST …/jobs/<class>/pause `{"reason"?}` | …/resume: the kill switch of one job class. */
export const POST = apiRoute(({ ctx, body, params }) => {
  const jobClass = JOB_CLASSES.find((name) => name === params.jobClass);
  if (!jobClass) throw NotFoundError.withMessage(`Unknown job class: use ${JOB_CLASSES.join(", ")}`);
  const paused = ACTIONS.get(params.action ?? "");
  if (paused === undefined) throw NotFoundError.withMessage("Unknown action: use pause or resume");
  return setJobPaused({ ctx, input: { ...body, jobClass, paused } });
});
