import { parseCategories, type WebhookCategory } from "@/server/outbox/events";

type Row = { id: string; url: string; description: string; secret: string; events: string; enabled: boolean; disabledReason: string | null; createdAt: Date; updatedAt: Date };

export type WebhookView = Omit<Row, "secret" | "events"> & { events: WebhookCategory[]; secretHint: string };

/** What leaves the server about an endpoint: never its secret, only enough to recognise it. */
export function webhookView(row: Row): WebhookView {
  const { secret, events, ...rest } = row;
  return { ...rest, events: parseCategories(events), secretHint: `${secret.slice(0, 10)}…` };
}
