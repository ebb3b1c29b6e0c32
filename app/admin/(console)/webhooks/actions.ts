"use server";

import { redirect } from "next/navigation";
import { formToObject } from "@/lib/form-data";
import { formAction, type ActionResult } from "@/server/action-result";
import { createWebhook, deleteWebhook, retryWebhookDelivery, rotateWebhookSecret, sendTestWebhook, updateWebhook } from "@/server/webhook";
import type { ShownSecret } from "@/components/admin/webhooks/webhook-form";
import { consoleAction } from "../console-action";

// Thin adapters; the verbs authorize and validate what the forms send.
const PATH = "/admin/webhooks";
const fields = (form: FormData) => formToObject(form, { arrays: ["events"] });
const { run } = consoleAction(PATH);

export const createWebhookAction = formAction(
  async (_: ActionResult<ShownSecret> | null, form: FormData): Promise<ActionResult<ShownSecret>> => {
    return run(async (ctx) => {
      const { endpoint, secret } = await createWebhook({ ctx, input: fields(form) });
      return { url: endpoint.url, secret };
    }, "Endpoint added");
  },
);

export const updateWebhookAction = formAction(async (_: ActionResult<unknown> | null, form: FormData): Promise<ActionResult<unknown>> => {
  // An emptied description is sent as "" (formToObject would make it "unchanged").
  const input = { ...fields(form), description: String(form.get("description") ?? "") };
  return run((ctx) => updateWebhook({ ctx, input }), "Endpoint saved");
});

/** Switches on or off; everything else stays. */
export const toggleWebhookAction = formAction(async (_: ActionResult<unknown> | null, form: FormData): Promise<ActionResult<unknown>> => {
  const { endpointId, enabled } = formToObject(form);
  return run(
    (ctx) => updateWebhook({ ctx, input: { endpointId, enabled: enabled === "true" } }),
    enabled === "true" ? "Endpoint switched on" : "Endpoint switched off",
  );
});

export const rotateWebhookAction = formAction(
  async (_: ActionResult<ShownSecret> | null, form: FormData): Promise<ActionResult<ShownSecret>> => {
    return run(async (ctx) => {
      const { endpoint, secret } = await rotateWebhookSecret({ ctx, input: formToObject(form) });
      return { url: endpoint.url, secret };
    }, "New secret in use");
  },
);

export const testWebhookAction = formAction(async (_: ActionResult<unknown> | null, form: FormData): Promise<ActionResult<unknown>> => {
  return run((ctx) => sendTestWebhook({ ctx, input: formToObject(form) }), "Test event queued");
});

export const deleteWebhookAction = formAction(async (_: ActionResult<unknown> | null, form: FormData): Promise<ActionResult<unknown>> => {
  const result = await run((ctx) => deleteWebhook({ ctx, input: formToObject(form) }), "Endpoint removed");
  // Its page is gone: back to the list.
  if (result.ok) redirect(PATH);
  return result;
});

export const retryWebhookAction = formAction(async (_: ActionResult<unknown> | null, form: FormData): Promise<ActionResult<unknown>> => {
  return run((ctx) => retryWebhookDelivery({ ctx, input: formToObject(form) }), "Queued again");
});
