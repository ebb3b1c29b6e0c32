import { z } from "zod";
import type { VerbInput } from "@/server/verb-input";
import { SUBSCRIBER_STATUSES } from "@/lib/domain/statuses";
import { EmailAddress } from "./email";

export { SUBSCRIBER_STATUSES };
export const SubscriberStatus = z.enum(SUBSCRIBER_STATUSES, { error: "Unknown status" });
export type SubscriberStatus = z.infer<typeof SubscriberStatus>;

// Empty means "all components"; repeats are dropped.
const ComponentIds = z
  .array(z.string().min(1, "A component id is empty"), { error: "Components must be a list" })
  .max(500, "Too many components")
  .default([])
  .transform((ids) => [...new Set(ids)]);

// Link secrets are opaque; bounded so junk is refused before the database is asked.
const LinkToken = (what: string) =>
  z
    .string({ error: `${what} is missing` })
    .trim()
    .min(1, `${what} is missing`)
    .max(200, `${what} is not valid`);

const SubscriberId = z.string({ error: "Subscriber is required" }).min(1, "Subscriber is required");

// incidentId: follow that incident only (then there are no components to choose).
export const SubscribeInput = z.object({
  email: EmailAddress,
  componentIds: ComponentIds,
  incidentId: z
    .string()
    .trim()
    .max(200, "Incident is not valid")
    .optional()
    .transform((v) => v || undefined),
});
export type SubscribeInput = VerbInput<typeof SubscribeInput>;

export const ConfirmTokenInput = z.object({ token: LinkToken("The confirmation link") });
export type ConfirmTokenInput = VerbInput<typeof ConfirmTokenInput>;

export const ManageTokenInput = z.object({ manageToken: LinkToken("The subscription link") });
export type ManageTokenInput = VerbInput<typeof ManageTokenInput>;

export const UpdateSubscriptionInput = ManageTokenInput.extend({ componentIds: ComponentIds });
export type UpdateSubscriptionInput = VerbInput<typeof UpdateSubscriptionInput>;

export const ListSubscribersInput = z.object({
  search: z
    .string()
    .trim()
    .max(254, "Search is too long")
    .optional()
    .transform((v) => v?.toLowerCase() || undefined),
  status: SubscriberStatus.optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListSubscribersInput = VerbInput<typeof ListSubscribersInput>;

export const SubscriberIdInput = z.object({ subscriberId: SubscriberId });
export type SubscriberIdInput = VerbInput<typeof SubscriberIdInput>;

// The team adds page subscribers; following one incident is a visitor's own choice.
export const AddSubscriberInput = SubscribeInput.omit({ incidentId: true });
export type AddSubscriberInput = VerbInput<typeof AddSubscriberInput>;

export const SuppressSubscriberInput = z.object({
  subscriberId: SubscriberId,
  status: z.enum(["bounced", "complained"], { error: "Choose bounced or complained" }).default("bounced"),
  reason: z
    .string()
    .trim()
    .max(500, "Reason is too long (500 characters at most)")
    .optional()
    .transform((v) => v || undefined),
});
export type SuppressSubscriberInput = VerbInput<typeof SuppressSubscriberInput>;

export const IMPORT_MAX_CHARS = 10 * 1024 * 1024;

const isAsyncIterable = (value: unknown): value is AsyncIterable<string> =>
  typeof value === "object" && value !== null && Symbol.asyncIterator in value;

/** The CSV as text, or as a stream of text chunks (an upload read as it arrives). */
export const ImportSubscribersInput = z.object({
  csv: z.union(
    [
      z.string().max(IMPORT_MAX_CHARS, "The file is larger than 10 MB; split it into several files"),
      z.custom<AsyncIterable<string>>(isAsyncIterable),
    ],
    { error: "Choose a CSV file or paste its contents" },
  ),
});
export type ImportSubscribersInput = VerbInput<typeof ImportSubscribersInput>;

export const SubscriberImportIdInput = z.object({
  importId: z.string({ error: "Import is required" }).min(1, "Import is required").max(100, "Import is not valid"),
});
export type SubscriberImportIdInput = VerbInput<typeof SubscriberImportIdInput>;
