import { recordAudit } from "@/server/audit/record-audit";
import { authorize, inTransaction, type Ctx } from "@/server/context";
import { parseInput } from "@/server/errors";
import { findWebhook } from "./rows";
import { WebhookIdInput } from "./schemas";
import { newWebhookSecret } from "./signature";
import { webhookView, type WebhookView } from "./view";

/** A new secret at once; deliveries already queued are signed with it when they go out. */
export async function rotateWebhookSecret({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: WebhookIdInput;
}): Promise<{ endpoint: WebhookView; secret: string }> {
  authorize(ctx, "webhook:write");
  const { endpointId } = parseInput(WebhookIdInput, input);
  const secret = newWebhookSecret();
  const endpoint = await inTransaction(ctx, async (tx) => {
    await findWebhook(tx, endpointId);
    const after = await tx.webhookEndpoint.update({ where: { id: endpointId }, data: { secret } });
    // The secret itself stays out of the log.
    await recordAudit(tx, ctx, { action: "webhook.rotate_secret", entityType: "webhook", entityId: endpointId });
    return webhookView(after);
  });
  return { endpoint, secret };
}
