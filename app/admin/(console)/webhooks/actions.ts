"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formToObject } from "@/lib/form-data";
import { runAction, type ActionResult } from "@/server/action-result";
import { getAdminCtx } from "@/server/auth/session";
import {
  createWebhook,
  deleteWebhook,
  retryWebhookDelivery,
  rotateWebhookSecret,
  sendTestWebhook,
  updateWebhook,
} from "@/server/webhook";
import type { ShownSecret } from "@/components/admin/webhooks/webhook-form";

// Thin adapters; the verbs authorize and validate what the forms send.
const PATH = "/admin/webhooks";
const fields = (form: FormData) => formToObject(form, { arrays: ["events"] });

async function run<T>(work: () => Promise<T>, message: string): Promise<ActionResult<T>> {
  const result = await runAction(work, message);
  if (result.ok) revalidatePath(PATH);
  return result;
}

export async function createWebhookAction(_: ActionResult<ShownSecret> | null, form: FormData): Promise<ActionResult<ShownSecret>> {
  return run(async () => {
    const { endpoint, secret } = await createWebhook({ ctx: await getAdminCtx(), input: fields(form) });
    return { url: endpoint.url, secret };
  }, "Endpoint added");
}

export async function updateWebhookAction(_: ActionResult<unknown> | null, form: FormData): Promise<ActionResult<unknown>> {
  // An emptied description is sent as "" (formToObject would make it "unchanged").
  const input = { ...fields(form), description: String(form.get("description") ?? "") };
  return run(async () => updateWebhook({ ctx: await getAdminCtx(), input }), "Endpoint saved");
}

/** Switches on or off; everything else stays. */
export async function toggleWebhookAction(_: ActionResult<unknown> | null, form: FormData): Promise<ActionResult<unknown>> {
  const { endpointId, enabled } = formToObject(form);
  return run(
    async () => updateWebhook({ ctx: await getAdminCtx(), input: { endpointId: endpointId ?? "", enabled: enabled === "true" } }),
    enabled === "true" ? "Endpoint switched on" : "Endpoint switched off",
  );
}

export async function rotateWebhookAction(_: ActionResult<ShownSecret> | null, form: FormData): Promise<ActionResult<ShownSecret>> {
  return run(async () => {
    const { endpoint, secret } = await rotateWebhookSecret({ ctx: await getAdminCtx(), input: formToObject(form) });
    return { url: endpoint.url, secret };
  }, "New secret in use");
}

export async function testWebhookAction(_: ActionResult<unknown> | null, form: FormData): Promise<ActionResult<unknown>> {
  return run(async () => sendTestWebhook({ ctx: await getAdminCtx(), input: formToObject(form) }), "Test event queued");
}

export async function deleteWebhookAction(_: ActionResult<unknown> | null, form: FormData): Promise<ActionResult<unknown>> {
  const result = await run(async () => deleteWebhook({ ctx: await getAdminCtx(), input: formToObject(form) }), "Endpoint removed");
  // Its page is gone: back to the list.
  if (result.ok) redirect(PATH);
  return result;
}

export async function retryWebhookAction(_: ActionResult<unknown> | null, form: FormData): Promise<ActionResult<unknown>> {
  return run(async () => retryWebhookDelivery({ ctx: await getAdminCtx(), input: formToObject(form) }), "Queued again");
}
