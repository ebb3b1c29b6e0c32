"use server";

import { formToObject } from "@/lib/form-data";
import { formAction, type ActionResult } from "@/server/action-result";
import { updateSettings } from "@/server/settings";
import { consoleAction } from "../console-action";

// Thin adapter: this request's context → updateSettings → its result (field errors included).
// The whole console re-renders: its layout shows the page name and uses the time zone.
const { settle } = consoleAction("/admin", "layout");

export const updateSettingsAction = formAction(async (_state: ActionResult | null, form: FormData): Promise<ActionResult> => {
  return settle((ctx) => updateSettings({ ctx, input: formToObject(form) }), "Settings saved; the public page follows within seconds");
});
