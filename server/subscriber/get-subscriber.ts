import { authorize, type Ctx } from "@/server/context";
import { NotFoundError, parseInput } from "@/server/errors";
import { SubscriberIdInput } from "./schemas";
import { SUBSCRIBER_SUMMARY } from "./select";

const HISTORY = 100;

const KIND_LABEL: Record<string, string> = {
  subscription_confirm: "Subscription confirmation",
  incident_published: "Incident published",
  incident_updated: "Incident update",
  incident_resolved: "Incident resolved",
  postmortem_published: "Postmortem",
  maintenance_scheduled: "Maintenance scheduled",
  maintenance_started: "Maintenance started",
  maintenance_completed: "Maintenance completed",
};

/** One subscriber with their latest deliveries (what was sent, or why not). */
export async function getSubscriber({ ctx, input }: { ctx: Ctx; input: SubscriberIdInput }) {
  authorize(ctx, "admin:read");
  const { subscriberId } = parseInput(SubscriberIdInput, input);
  const subscriber = await ctx.db.subscriber.findUnique({
    where: { id: subscriberId },
    select: {
      ...SUBSCRIBER_SUMMARY,
      confirmedAt: true,
      unsubscribedAt: true,
      suppressedAt: true,
      suppressReason: true,
      components: { select: { component: { select: { id: true, name: true } } } },
      incident: { select: { title: true, slug: true } },
    },
  });
  if (!subscriber) throw NotFoundError.of("Subscriber");
  const deliveries = await ctx.db.delivery.findMany({
    where: { subscriberId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: HISTORY,
    select: {
      id: true,
      state: true,
      attempts: true,
      lastError: true,
      sentAt: true,
      createdAt: true,
      recipient: true,
      notification: { select: { kind: true, incident: { select: { title: true } }, maintenance: { select: { title: true } } } },
    },
  });
  return {
    ...subscriber,
    components: subscriber.components.map((c) => c.component),
    deliveries: deliveries.map(({ notification: n, ...d }) => ({
      ...d,
      event: [KIND_LABEL[n.kind] ?? n.kind, n.incident?.title ?? n.maintenance?.title].filter(Boolean).join(": "),
    })),
  };
}
export type SubscriberDetail = Awaited<ReturnType<typeof getSubscriber>>;
