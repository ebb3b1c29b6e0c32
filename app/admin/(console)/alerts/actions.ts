"use server";

import { formToObject } from "@/lib/form-data";
import { formAction, type ActionResult } from "@/server/action-result";
import { addAlertRule, createAlertIntegration, removeAlertRule, revokeAlertIntegration } from "@/server/alert";
import type { CreatedIntegration } from "@/components/admin/alerts/integration-form";
import { consoleAction } from "../console-action";

// Thin adapters; the verbs authorize and validate what the forms send.
const { run, settle } = consoleAction("/admin/alerts");

export const createAlertIntegrationAction = formAction(
  async (_: ActionResult<CreatedIntegration> | null, form: FormData): Promise<ActionResult<CreatedIntegration>> =>
    run(async (ctx) => {
      const { integration, secret } = await createAlertIntegration({ ctx, input: formToObject(form) });
      return { secret, source: integration.source };
    }, "Integration added"),
);

export const addAlertRuleAction = formAction(async (_: ActionResult<unknown> | null, form: FormData): Promise<ActionResult<unknown>> => {
  const input = formToObject(form, { arrays: ["componentIds"], booleans: ["publish", "resolveIncident"] });
  return settle((ctx) => addAlertRule({ ctx, input }), "Rule added");
});

export const removeAlertRuleAction = formAction(async (_: ActionResult<unknown> | null, form: FormData): Promise<ActionResult<unknown>> =>
  settle((ctx) => removeAlertRule({ ctx, input: formToObject(form) }), "Rule removed"),
);

export const revokeAlertIntegrationAction = formAction(
  async (_: ActionResult<unknown> | null, form: FormData): Promise<ActionResult<unknown>> =>
    settle((ctx) => revokeAlertIntegration({ ctx, input: formToObject(form) }), "Integration revoked"),
);
