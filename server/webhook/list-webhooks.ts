import { authorize, type Ctx } from "@/server/context";
import { deliveriesOf, webhookWithDeliveries } from "./view";

/** Endpoints, each with its latest delivery (to show whether it works). Takes no input. */
export async function listWebhooks({ ctx }: { ctx: Ctx }) {
  // URLs can carry secrets (chat services put tokens in them): only those who manage webhooks see them.
  authorize(ctx, "webhook:write");
  const rows = await ctx.db.webhookEndpoint.findMany({ orderBy: { createdAt: "asc" }, include: { deliveries: deliveriesOf(1, false) } });
  return rows.map(webhookWithDeliveries);
}
export type WebhookListRow = Awaited<ReturnType<typeof listWebhooks>>[number];
