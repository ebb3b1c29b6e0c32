import { authorize, type Ctx } from "@/server/context";
import { NotFoundError, parseInput } from "@/server/errors";
import { GetWebhookInput } from "./schemas";
import { deliveriesOf, webhookWithDeliveries } from "./view";

/** One endpoint with its latest deliveries (event, state, attempts, last error, the body sent), newest first. */
export async function getWebhook({ ctx, input }: { ctx: Ctx; input: GetWebhookInput }) {
  // URLs can carry secrets (chat services put tokens in them): only those who manage webhooks see them.
  authorize(ctx, "webhook:write");
  const { endpointId, take } = parseInput(GetWebhookInput, input);
  const row = await ctx.db.webhookEndpoint.findUnique({ where: { id: endpointId }, include: { deliveries: deliveriesOf(take, true) } });
  if (!row) throw NotFoundError.withMessage("This webhook endpoint does not exist");
  return webhookWithDeliveries(row);
}
