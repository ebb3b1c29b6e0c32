"use server";

import { revalidatePath } from "next/cache";
import { formAction, runAction, type ActionResult } from "@/server/action-result";
import { getAdminCtx } from "@/server/auth/session";
import { describeRetry, retryFailedDeliveries } from "@/server/delivery/admin";

// Thin adapters: this request's context → one verb → its result, described by what it changed.
export const retryFailedAction = formAction(async (_: ActionResult<unknown> | null, form: FormData): Promise<ActionResult<unknown>> => {
  const ctx = await getAdminCtx();
  const notificationId = String(form.get("notificationId") ?? "");
  const result = await runAction(() => retryFailedDeliveries({ ctx, input: { notificationId } }));
  if (result.ok) result.message = describeRetry(result.data);
  revalidatePath(`/admin/deliveries/${notificationId}`);
  return result;
});
