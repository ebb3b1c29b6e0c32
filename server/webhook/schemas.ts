import { z } from "zod";
import { WebhookCategory } from "@/server/outbox/events";
import type { VerbInput } from "@/server/verb-input";

/** An http(s) URL a worker posts to (no credentials in it); `label` names the field in its messages. */
export const ReceiverUrl = (label: string, hint = "Enter a full http:// or https:// URL (without a user name or password in it)") =>
  z
    .string({ error: `${label} is required` })
    .trim()
    // An empty or overlong value gets its one message, not also "enter a full URL" after it.
    .min(1, { error: `${label} is required`, abort: true })
    .max(2000, { error: `${label} is too long (2,000 characters at most)`, abort: true })
    .refine((value) => {
      try {
        const url = new URL(value);
        return (url.protocol === "https:" || url.protocol === "http:") && !url.username && !url.password;
      } catch {
        return false;
      }
    }, hint);

const Url = ReceiverUrl("URL");

const fields = {
  url: Url,
  description: z.string().trim().max(200, "Description is too long (200 characters at most)").optional().default(""),
  events: z
    .array(WebhookCategory, { error: "Choose at least one kind of event" })
    .min(1, "Choose at least one kind of event")
    .transform((list) => [...new Set(list)]),
};

export const CreateWebhookInput = z.object(fields);
export type CreateWebhookInput = VerbInput<typeof CreateWebhookInput>;

export const WebhookIdInput = z.object({ endpointId: z.string({ error: "Endpoint is required" }).min(1, "Endpoint is required").max(64) });
export type WebhookIdInput = VerbInput<typeof WebhookIdInput>;

/** One endpoint with its `take` latest deliveries. */
export const GetWebhookInput = WebhookIdInput.extend({ take: z.coerce.number().int().min(1).max(200).default(50) });
export type GetWebhookInput = VerbInput<typeof GetWebhookInput>;

/** Only the fields given change (the console's switch sends `enabled` alone, the API's PATCH whatever it has). */
export const UpdateWebhookInput = WebhookIdInput.extend({
  url: fields.url.optional(),
  description: z.string().trim().max(200, "Description is too long (200 characters at most)").optional(),
  events: fields.events.optional(),
  enabled: z.boolean({ error: "Enabled must be true or false" }).optional(),
});
export type UpdateWebhookInput = VerbInput<typeof UpdateWebhookInput>;

export const RetryWebhookInput = z.object({
  deliveryId: z.string({ error: "Delivery is required" }).min(1, "Delivery is required").max(64),
});
export type RetryWebhookInput = VerbInput<typeof RetryWebhookInput>;
