import { authorize, type Ctx } from "@/server/context";

export type Progress = { total: number; sent: number; queued: number; sending: number; failed: number; dead: number };

const empty = (): Progress => ({ total: 0, sent: 0, queued: 0, sending: 0, failed: 0, dead: 0 });

/** Recent message events with their delivery progress (sent / queued / failed of N). */
export async function listNotifications({ ctx, take = 50 }: { ctx: Ctx; take?: number }) {
  authorize(ctx, "admin:read");
  const notifications = await ctx.db.notification.findMany({
    // Webhook events have their own log on the Webhooks page.
    where: { NOT: { kind: { startsWith: "webhook:" } } },
    orderBy: { createdAt: "desc" },
    take,
    include: { incident: { select: { title: true, slug: true } }, maintenance: { select: { title: true } } },
  });
  const counts = await ctx.db.delivery.groupBy({
    by: ["notificationId", "state"],
    where: { notificationId: { in: notifications.map((n) => n.id) } },
    _count: { _all: true },
  });
  const progress = new Map<string, Progress>();
  for (const row of counts) {
    const p = progress.get(row.notificationId) ?? empty();
    p[row.state as keyof Omit<Progress, "total">] = row._count._all;
    p.total += row._count._all;
    progress.set(row.notificationId, p);
  }
  return notifications.map((n) => ({
    id: n.id,
    kind: n.kind,
    createdAt: n.createdAt,
    subject: n.incident?.title ?? n.maintenance?.title ?? (n.kind === "subscription_confirm" ? "Subscription confirmation" : n.kind),
    progress: progress.get(n.id) ?? empty(),
  }));
}

/** One event's failures (failed and dead deliveries) with their reasons. */
export async function listFailures({ ctx, notificationId }: { ctx: Ctx; notificationId: string }) {
  authorize(ctx, "admin:read");
  return ctx.db.delivery.findMany({
    where: { notificationId, state: { in: ["failed", "dead"] } },
    orderBy: { updatedAt: "desc" },
    take: 500,
    select: { id: true, recipient: true, state: true, attempts: true, lastError: true, updatedAt: true },
  });
}
