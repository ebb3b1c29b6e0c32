import { authorize, type Ctx } from "@/server/context";
import { readWorkerStatus } from "../worker-status";
import { getDeliveryControl } from "./kill-switch";
import { getNotificationProgress, listNotifications } from "./progress";

/**
 * Everything the deliveries page shows, in one read: the events with their progress, the kill
 * switch, worker and SMTP health. `pending` tells the page whether to keep refreshing.
 * With `eventId`, only that event (the event page).
 */
export async function getDeliveryDashboard({ ctx, eventId, now = new Date() }: { ctx: Ctx; eventId?: string; now?: Date }) {
  authorize(ctx, "admin:read");
  const [events, control, health] = await Promise.all([
    eventId ? getNotificationProgress({ ctx, id: eventId }).then((e) => (e ? [e] : [])) : listNotifications({ ctx }),
    getDeliveryControl({ ctx }),
    readWorkerStatus(ctx.db, now),
  ]);
  return { now, events, control, health, pending: events.some((e) => e.pending) };
}

export type DeliveryDashboard = Awaited<ReturnType<typeof getDeliveryDashboard>>;
