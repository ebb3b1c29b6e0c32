import { z } from "zod";
import type { VerbInput } from "@/server/verb-input";

const NotificationId = z.string({ error: "Choose an event" }).trim().min(1, "Choose an event").max(100, "Event is not valid");
const Take = (fallback: number) => z.coerce.number().int().min(1).max(500).default(fallback);

/** One message event: its progress, its failures, retrying them. */
export const NotificationIdInput = z.object({ notificationId: NotificationId });
export type NotificationIdInput = VerbInput<typeof NotificationIdInput>;

export const RetryFailedInput = NotificationIdInput;
export type RetryFailedInput = VerbInput<typeof RetryFailedInput>;

export const ListNotificationsInput = z.object({ take: Take(50) });
export type ListNotificationsInput = VerbInput<typeof ListNotificationsInput>;

/** No event (or an empty one, as `?event=` sends): the whole dashboard. */
export const DeliveryDashboardInput = z.object({ eventId: NotificationId.optional().or(z.literal("").transform(() => undefined)) });
export type DeliveryDashboardInput = VerbInput<typeof DeliveryDashboardInput>;

export const ListDevMailInput = z.object({ take: Take(100) });
export type ListDevMailInput = VerbInput<typeof ListDevMailInput>;

export const DevMailIdInput = z.object({
  mailId: z.string({ error: "Message is required" }).min(1, "Message is required").max(100, "Message is not valid"),
});
export type DevMailIdInput = VerbInput<typeof DevMailIdInput>;
