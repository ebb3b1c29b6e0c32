import { apiRoute } from "@/server/management-api/handler";
import { listJobControls } from "@/server/job-control";

/** Every job class's kill switch: paused or not, why, by whom, and how much work waits. */
export const GET = apiRoute(({ ctx }) => listJobControls({ ctx }));
