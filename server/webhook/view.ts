import { DELIVERY_LOG_FIELDS } from "@/server/delivery/log-fields";
import { parseCategories, type WebhookCategory } from "@/server/outbox/events";

type Row = {
  id: string;
  url: string;
  description: string;
  secret: string;
  events: string;
  enabled: boolean;
  disabledReason: string | null;
  createdAt: Date;
  updatedAt: Date;
};

export type WebhookView = Omit<Row, "secret" | "events"> & { events: WebhookCategory[]; secretHint: string };

/** What leaves the server about an endpoint: never its secret, only enough to recognise it. */
export function webhookView(row: Row): WebhookView {
  const { secret, events, ...rest } = row;
  return { ...rest, events: parseCategories(events), secretHint: `${secret.slice(0, 10)}…` };
}

/** The delivery log selection: the `take` newest, with the body sent when `payload`. */
export const deliveriesOf = (take: number, payload: boolean) =>
  ({
    orderBy: { createdAt: "desc" },
    take,
    select: {
      ...DELIVERY_LOG_FIELDS,
      messageId: true,
      notification: { select: { kind: true, payload } },
    },
  }) as const;

type Delivery = {
  notification: { kind: string; payload?: string | null };
  id: string;
  state: string;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: Date;
  sentAt: Date | null;
  createdAt: Date;
  messageId: string | null;
};

/** An endpoint's view with its deliveries, each naming its event and the body it carried. */
export const webhookWithDeliveries = ({ deliveries, ...row }: Row & { deliveries: Delivery[] }) => ({
  ...webhookView(row),
  deliveries: deliveries.map(({ notification, ...d }) => ({
    ...d,
    event: notification.kind.replace(/^webhook:/, ""),
    body: notification.payload ?? null,
  })),
});
