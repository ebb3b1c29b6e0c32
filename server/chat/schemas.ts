import { z } from "zod";
import type { VerbInput } from "@/server/verb-input";
import { ReceiverUrl } from "@/server/webhook/schemas";
import { CHAT_KINDS } from "./message";
import { en } from "@/lib/i18n/en";

export const ChatKind = z.enum(CHAT_KINDS, { error: en.answers.chatKind });

// Its messages are the catalog's chatUrl* answers (a visitor reads them in the page's language; unit test).
const WebhookUrl = ReceiverUrl("Webhook URL", en.answers.chatUrlInvalid);

// Empty means "every component"; repeats are dropped.
const ComponentIds = z
  .array(z.string().min(1, "A component id is empty").max(64), { error: "Components must be a list" })
  .max(500, "Too many components")
  .default([])
  .transform((ids) => [...new Set(ids)]);

const fields = {
  kind: ChatKind,
  url: WebhookUrl,
  componentIds: ComponentIds,
};

export const CreateChatChannelInput = z.object({
  ...fields,
  label: z.string().trim().max(100, "Name is too long (100 characters at most)").optional().default(""),
});
export type CreateChatChannelInput = VerbInput<typeof CreateChatChannelInput>;

/** A visitor's request: confirmed from inside the channel before anything else is posted there. */
export const SubscribeChatInput = z.object(fields);
export type SubscribeChatInput = VerbInput<typeof SubscribeChatInput>;

export const ChatChannelIdInput = z.object({
  channelId: z.string({ error: "Channel is required" }).min(1, "Channel is required").max(64),
});
export type ChatChannelIdInput = VerbInput<typeof ChatChannelIdInput>;

export const ChatTokenInput = z.object({
  token: z.string({ error: "The link is missing" }).trim().min(1, "The link is missing").max(200, "The link is not valid"),
});
export type ChatTokenInput = VerbInput<typeof ChatTokenInput>;
