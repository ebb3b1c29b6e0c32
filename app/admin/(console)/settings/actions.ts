"use server";

import { revalidatePath } from "next/cache";
import { formToObject } from "@/lib/form-data";
import { runAction, type ActionResult } from "@/server/action-result";
import { getAdminCtx } from "@/server/auth/session";
import { updateSettings } from "@/server/settings";

// Thin adapter: this request's context → updateSettings → its result (field errors included).
export async function updateSettingsAction(_state: ActionResult | null, form: FormData): Promise<ActionResult> {
  const ctx = await getAdminCtx();
  const input = formToObject(form);
  const result = await runAction(async () => {
    await updateSettings({ ctx, input });
    return undefined;
  }, "Settings saved; the public page follows within seconds");
  if (result.ok) revalidatePath("/admin", "layout");
  return result;
}
