import { authorize, inTransaction, type Ctx } from "@/server/context";
import { ConflictError, parseInput } from "@/server/errors";
import { finishChange } from "@/server/outbox";
import { findWebhook } from "./rows";
import { WebhookIdInput } from "./schemas";

/** Queues a signed `ping` to one endpoint, so an admin can check the receiver end to end. */
export async function sendTestWebhook({ ctx, input }: { ctx: Ctx; input: WebhookIdInput }): Promise<void> {
  authorize(ctx, "webhook:write");
  const { endpointId } = parseInput(WebhookIdInput, input);
  await inTransaction(ctx, async (tx) => {
    const endpoint = await findWebhook(tx, endpointId);
    if (!endpoint.enabled) throw new ConflictError("This endpoint is switched off; turn it on to send a test");
    // Through the outbox like any event; the page does not change, so no new revision.
    await finishChange(tx, ctx, {
      event: { type: "ping", endpointId },
      audit: { action: "webhook.test", entityType: "webhook", entityId: endpointId },
      visible: false,
    });
  });
}
