"use server";

import { revalidatePath } from "next/cache";
import { formAction, runAction, type ActionResult } from "@/server/action-result";
import { getAdminCtx } from "@/server/auth/session";
import { describePause, describeRetry, retryFailedDeliveries, setDeliveryPaused } from "@/server/delivery/admin";

// Thin adapters: this request's context → one verb → its result, described by what it changed.
export const setPausedAction = formAction(async (_: ActionResult<unknown> | null, form: FormData): Promise<ActionResult<unknown>> => {
  const ctx = await getAdminCtx();
  const paused = form.get("paused") === "true";
  const result = await runAction(() =>
    setDeliveryPaused({ ctx, input: { paused, reason: String(form.get("reason") ?? "") || undefined } }),
  );
  if (result.ok) result.message = describePause(result.data);
  revalidatePath("/admin/deliveries");
  return result;
});

export const retryFailedAction = formAction(async (_: ActionResult<unknown> | null, form: FormData): Promise<ActionResult<unknown>> => {
  const ctx = await getAdminCtx();
  const notificationId = String(form.get("notificationId") ?? "");
  const result = await runAction(() => retryFailedDeliveries({ ctx, input: { notificationId } }));
  if (result.ok) result.message = describeRetry(result.data);
  revalidatePath(`/admin/deliveries/${notificationId}`);
  return result;
});
