"use server";

import { revalidatePath } from "next/cache";
import { formAction, runAction, type ActionResult } from "@/server/action-result";
import { getAdminCtx } from "@/server/auth/session";
import { describePause } from "@/lib/domain/job-classes";
import { setJobPaused, type SetJobPausedInput } from "@/server/job-control";

// Thin adapter: the form's job class and direction → setJobPaused, described by what it changed.
export const setJobPausedAction = formAction(async (_: ActionResult<unknown> | null, form: FormData): Promise<ActionResult<unknown>> => {
  const ctx = await getAdminCtx();
  const input = {
    jobClass: String(form.get("jobClass") ?? "") as SetJobPausedInput["jobClass"],
    paused: form.get("paused") === "true",
    reason: String(form.get("reason") ?? "") || undefined,
  };
  const result = await runAction(() => setJobPaused({ ctx, input }));
  if (result.ok) result.message = describePause(result.data);
  revalidatePath("/admin/jobs");
  revalidatePath("/admin/deliveries");
  return result;
});
