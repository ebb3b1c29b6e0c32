"use server";

import { revalidatePath } from "next/cache";
import { formToObject } from "@/lib/form-data";
import { formAction, runAction, type ActionResult } from "@/server/action-result";
import { getAdminCtx } from "@/server/auth/session";
import { updateSettings, type UpdateSettingsInput } from "@/server/settings";

// Thin adapter: this request's context → updateSettings → its result (field errors included).
export const updateSettingsAction = formAction(async (_state: ActionResult | null, form: FormData): Promise<ActionResult> => {
  const ctx = await getAdminCtx();
  const input = formToObject(form) as UpdateSettingsInput;
  const result = await runAction(async () => {
    await updateSettings({ ctx, input });
    return undefined;
  }, "Settings saved; the public page follows within seconds");
  if (result.ok) revalidatePath("/admin", "layout");
  return result;
});
