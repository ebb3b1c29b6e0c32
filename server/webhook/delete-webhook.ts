import { recordAudit } from "@/server/audit/record-audit";
import { authorize, inTransaction, type Ctx } from "@/server/context";
import { parseInput } from "@/server/errors";
import { findWebhook } from "./rows";
import { WebhookIdInput } from "./schemas";
import { webhookView } from "./view";

/** Removes the endpoint and its delivery log; queued deliveries to it are dropped with it. */
export async function deleteWebhook({ ctx, input }: { ctx: Ctx; input: WebhookIdInput }): Promise<void> {
  authorize(ctx, "webhook:write");
  const { endpointId } = parseInput(WebhookIdInput, input);
  await inTransaction(ctx, async (tx) => {
    const before = await findWebhook(tx, endpointId);
    await tx.webhookEndpoint.delete({ where: { id: endpointId } });
    await recordAudit(tx, ctx, { action: "webhook.delete", entityType: "webhook", entityId: endpointId, before: webhookView(before) });
  });
}
