import type { Ctx } from "@/server/context";
import { NotFoundError, parseInput } from "@/server/errors";
import { findByManageToken } from "./find-by-token";
import { ManageTokenInput } from "./schemas";

export type SubscriptionView = {
  email: string;
  status: string;
  /** Empty: all components. */
  componentIds: string[];
  /** Set: the subscription follows this one incident only. */
  incident: { title: string; slug: string; resolved: boolean } | null;
  createdAt: Date;
};

/** The manage page's subscription, by its link token. The full address shows: the link goes to its owner. */
export async function getSubscriptionByToken({ ctx, input }: { ctx: Ctx; input: ManageTokenInput }): Promise<SubscriptionView> {
  const { manageToken } = parseInput(ManageTokenInput, input);
  const subscriber = await findByManageToken(ctx.db, manageToken, {
    email: true,
    status: true,
    createdAt: true,
    components: { select: { componentId: true } },
    incident: { select: { title: true, slug: true, status: true } },
  });
  if (!subscriber) throw NotFoundError.of("Subscription");
  return {
    email: subscriber.email,
    status: subscriber.status,
    componentIds: subscriber.components.map((c) => c.componentId),
    incident: subscriber.incident
      ? { title: subscriber.incident.title, slug: subscriber.incident.slug, resolved: subscriber.incident.status === "resolved" }
      : null,
    createdAt: subscriber.createdAt,
  };
}
