import type { ActionResult } from "@/server/action-result";
import { en } from "@/lib/i18n/en";

/**
 * The chooser's form fields → the verbs' `componentIds` (empty = all), or the form's error when
 * "only the ones I choose" comes with none chosen.
 */
export function pickerInput(form: FormData): { componentIds: string[] } | Extract<ActionResult, { ok: false }> {
  const componentIds = form.getAll("componentIds").filter((v): v is string => typeof v === "string" && v !== "");
  if (form.get("scope") !== "some") return { componentIds: [] };
  if (componentIds.length === 0) {
    const message = en.answers.chooseComponents;
    return { ok: false, error: message, fieldErrors: { componentIds: [message] }, status: 422 };
  }
  return { componentIds };
}
