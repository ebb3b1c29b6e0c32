import { recordAudit } from "@/server/audit/record-audit";
import { authorize, inTransaction, type Ctx } from "@/server/context";
import { parseInput } from "@/server/errors";
import { assertReachableTarget } from "./rows";
import { CreateWebhookInput } from "./schemas";
import { newWebhookSecret } from "./signature";
import { webhookView, type WebhookView } from "./view";

/** Adds an endpoint. Its secret is returned now and on rotation only, and never enters the audit log. */
export async function createWebhook({
  ctx,
  input,
  allowPrivate,
}: {
  ctx: Ctx;
  input: CreateWebhookInput;
  allowPrivate?: boolean;
}): Promise<{ endpoint: WebhookView; secret: string }> {
  authorize(ctx, "webhook:write");
  const data = parseInput(CreateWebhookInput, input);
  await assertReachableTarget(data.url, allowPrivate);
  const secret = newWebhookSecret();
  const endpoint = await inTransaction(ctx, async (tx) => {
    const row = await tx.webhookEndpoint.create({
      data: {
        url: data.url,
        description: data.description,
        events: data.events.join(","),
        secret,
        createdById: ctx.actor.type === "user" ? ctx.actor.id : null,
      },
    });
    const view = webhookView(row);
    await recordAudit(tx, ctx, { action: "webhook.create", entityType: "webhook", entityId: row.id, after: view });
    return view;
  });
  return { endpoint, secret };
}
