import { authorize, type Ctx } from "@/server/context";
import { parseInput } from "@/server/errors";
import { readWorkerStatus } from "../worker-status";
import { readJobControl } from "@/server/job-control";
import { getNotificationProgress, listNotifications } from "./progress";
import { DeliveryDashboardInput } from "./schemas";

/**
 * Everything the deliveries page shows, in one read: the events with their progress, the kill
 * switch, worker and SMTP health. `pending` tells the page whether to keep refreshing.
 * With `eventId`, only that event (the event page).
 */
export async function getDeliveryDashboard({
  ctx,
  input = {},
  now = new Date(),
}: {
  ctx: Ctx;
  input?: DeliveryDashboardInput;
  now?: Date;
}) {
  authorize(ctx, "admin:read");
  const { eventId } = parseInput(DeliveryDashboardInput, input);
  const [events, control, health] = await Promise.all([
    eventId ? getNotificationProgress({ ctx, input: { notificationId: eventId } }).then((e) => (e ? [e] : [])) : listNotifications({ ctx }),
    readJobControl(ctx.db, "email"),
    readWorkerStatus(ctx.db, now),
  ]);
  return { now, events, control, health, pending: events.some((e) => e.pending) };
}

export type DeliveryDashboard = Awaited<ReturnType<typeof getDeliveryDashboard>>;
