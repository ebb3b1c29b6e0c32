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
  type CreateWebhookInput,
  type RetryWebhookInput,
  type UpdateWebhookInput,
  type WebhookIdInput,
} from "@/server/webhook";
import type { ShownSecret } from "@/components/admin/webhooks/webhook-form";

// Thin adapters; the verbs authorize and validate (the casts only name the shapes).
const PATH = "/admin/webhooks";
const fields = (form: FormData) => formToObject(form, { arrays: ["events"], booleans: ["enabled"] });

async function run<T>(work: () => Promise<T>, message: string): Promise<ActionResult<T>> {
  const result = await runAction(work, message);
  if (result.ok) revalidatePath(PATH);
  return result;
}

export async function createWebhookAction(_: ActionResult<ShownSecret> | null, form: FormData): Promise<ActionResult<ShownSecret>> {
  return run(async () => {
    const { endpoint, secret } = await createWebhook({ ctx: await getAdminCtx(), input: fields(form) as CreateWebhookInput });
    return { url: endpoint.url, secret };
  }, "Endpoint added");
}

export async function updateWebhookAction(_: ActionResult<unknown> | null, form: FormData): Promise<ActionResult<unknown>> {
  return run(async () => updateWebhook({ ctx: await getAdminCtx(), input: fields(form) as UpdateWebhookInput }), "Endpoint saved");
}

/** Switching on or off keeps everything else as it is. */
export async function toggleWebhookAction(_: ActionResult<unknown> | null, form: FormData): Promise<ActionResult<unknown>> {
  const input = formToObject(form) as Record<string, string>;
  return run(
    async () =>
      updateWebhook({
        ctx: await getAdminCtx(),
        input: { endpointId: input.endpointId, url: input.url, description: input.description ?? "", events: (input.events ?? "").split(","), enabled: input.enabled === "true" } as UpdateWebhookInput,
      }),
    input.enabled === "true" ? "Endpoint switched on" : "Endpoint switched off",
  );
}

export async function rotateWebhookAction(_: ActionResult<ShownSecret> | null, form: FormData): Promise<ActionResult<ShownSecret>> {
  return run(async () => {
    const { endpoint, secret } = await rotateWebhookSecret({ ctx: await getAdminCtx(), input: formToObject(form) as WebhookIdInput });
    return { url: endpoint.url, secret };
  }, "New secret in use");
}

export async function testWebhookAction(_: ActionResult<unknown> | null, form: FormData): Promise<ActionResult<unknown>> {
  return run(async () => sendTestWebhook({ ctx: await getAdminCtx(), input: formToObject(form) as WebhookIdInput }), "Test event queued");
}

export async function deleteWebhookAction(_: ActionResult<unknown> | null, form: FormData): Promise<ActionResult<unknown>> {
  const result = await run(async () => deleteWebhook({ ctx: await getAdminCtx(), input: formToObject(form) as WebhookIdInput }), "Endpoint removed");
  // Its page is gone: back to the list.
  if (result.ok) redirect(PATH);
  return result;
}

export async function retryWebhookAction(_: ActionResult<unknown> | null, form: FormData): Promise<ActionResult<unknown>> {
  return run(async () => retryWebhookDelivery({ ctx: await getAdminCtx(), input: formToObject(form) as RetryWebhookInput }), "Queued again");
}
