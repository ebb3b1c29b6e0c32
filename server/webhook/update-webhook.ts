import { recordAudit } from "@/server/audit/record-audit";
import { authorize, inTransaction, type Ctx } from "@/server/context";
import { parseInput } from "@/server/errors";
import { assertReachableTarget, findWebhook } from "./rows";
import { UpdateWebhookInput } from "./schemas";
import { webhookView, type WebhookView } from "./view";

/** Edits what is given of an endpoint; turning it back on also clears why it was switched off. */
export async function updateWebhook({
  ctx,
  input,
  allowPrivate,
}: {
  ctx: Ctx;
  input: UpdateWebhookInput;
  allowPrivate?: boolean;
}): Promise<WebhookView> {
  authorize(ctx, "webhook:write");
  const data = parseInput(UpdateWebhookInput, input);
  if (data.url) await assertReachableTarget(data.url, allowPrivate);
  return inTransaction(ctx, async (tx) => {
    const before = await findWebhook(tx, data.endpointId);
    const after = await tx.webhookEndpoint.update({
      where: { id: before.id },
      data: {
        url: data.url ?? before.url,
        description: data.description ?? before.description,
        events: data.events?.join(",") ?? before.events,
        enabled: data.enabled ?? before.enabled,
        ...(data.enabled ? { disabledReason: null } : {}),
      },
    });
    await recordAudit(tx, ctx, {
      action: "webhook.update",
      entityType: "webhook",
      entityId: before.id,
      before: webhookView(before),
      after: webhookView(after),
    });
    return webhookView(after);
  });
}
