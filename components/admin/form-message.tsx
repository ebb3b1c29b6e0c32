import type { ActionResult } from "@/server/action-result";
import { FormStatus } from "@/components/ui/form-status";

/**
 * The form-level line: success, or an error not already shown beside a field (403, 409, a bad link…).
 * Errors of the `fields` on screen appear only next to those fields.
 */
export function FormMessage({ state, fields }: { state: ActionResult<unknown> | null; fields: readonly string[] }) {
  if (!state || state.ok || !state.fieldErrors) return <FormStatus state={state} />;
  const elsewhere = Object.entries(state.fieldErrors).flatMap(([key, messages]) => (fields.includes(key) ? [] : messages));
  return elsewhere.length ? <FormStatus state={{ ...state, error: elsewhere.join(" ") }} /> : null;
}
