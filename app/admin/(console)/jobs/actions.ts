"use server";

import { describePause } from "@/lib/domain/job-classes";
import { formToObject } from "@/lib/form-data";
import { formAction, type ActionResult } from "@/server/action-result";
import { setJobPaused } from "@/server/job-control";
import { consoleAction } from "../console-action";

// The whole console re-renders: the switch shows on this page and on the deliveries page.
const { run } = consoleAction("/admin", "layout");

/** The form's job class and direction → setJobPaused, described by what it changed. */
export const setJobPausedAction = formAction(async (_: ActionResult<unknown> | null, form: FormData): Promise<ActionResult<unknown>> => {
  const input = formToObject(form, { booleans: ["paused"] });
  const result = await run((ctx) => setJobPaused({ ctx, input }));
  if (result.ok) result.message = describePause(result.data);
  return result;
});
