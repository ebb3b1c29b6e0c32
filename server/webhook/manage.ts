import { recordAudit } from "@/server/audit/record-audit";
import { authorize, inTransaction, type Ctx, type Tx } from "@/server/context";
import { env } from "@/lib/env";
import { ConflictError, NotFoundError, parseInput, ValidationError } from "@/server/errors";
import { record } from "@/server/outbox";
import { privateTargetOf } from "./address-guard";
import { CreateWebhookInput, RetryWebhookInput, UpdateWebhookInput, WebhookIdInput } from "./schemas";
import { newWebhookSecret } from "./signature";
import { webhookView, type WebhookView } from "./view";

// The admin's verbs for webhook endpoints. Secrets are shown on creation and rotation only, and
// never enter the audit log.

/**
 * Refuses, when it is saved, a URL the worker would refuse at every send (a private or local
 * target), unless the operator allows private receivers. `allowPrivate` is for tests.
 */
async function assertReachableTarget(url: string, allowPrivate = env.WEBHOOK_ALLOW_PRIVATE ?? false): Promise<void> {
  if (allowPrivate) return;
  const target = await privateTargetOf(url);
  if (target) throw ValidationError.field("url", `${target} is a private or local address; webhooks go only to public addresses unless WEBHOOK_ALLOW_PRIVATE=true`);
}

async function find(tx: Tx, endpointId: string) {
  const row = await tx.webhookEndpoint.findUnique({ where: { id: endpointId } });
  if (!row) throw NotFoundError.withMessage("This webhook endpoint does not exist");
  return row;
}

export async function createWebhook({ ctx, input, allowPrivate }: { ctx: Ctx; input: CreateWebhookInput; allowPrivate?: boolean }): Promise<{ endpoint: WebhookView; secret: string }> {
  authorize(ctx, "webhook:write");
  const data = parseInput(CreateWebhookInput, input);
  await assertReachableTarget(data.url, allowPrivate);
  const secret = newWebhookSecret();
  const endpoint = await inTransaction(ctx, async (tx) => {
    const row = await tx.webhookEndpoint.create({
      data: { url: data.url, description: data.description, events: data.events.join(","), secret, createdById: ctx.actor.type === "user" ? ctx.actor.id : null },
    });
    const view = webhookView(row);
    await recordAudit(tx, ctx, { action: "webhook.create", entityType: "webhook", entityId: row.id, after: view });
    return view;
  });
  return { endpoint, secret };
}

/** Edits what is given of an endpoint; turning it back on also clears why it was switched off. */
export async function updateWebhook({ ctx, input, allowPrivate }: { ctx: Ctx; input: UpdateWebhookInput; allowPrivate?: boolean }): Promise<WebhookView> {
  authorize(ctx, "webhook:write");
  const data = parseInput(UpdateWebhookInput, input);
  if (data.url) await assertReachableTarget(data.url, allowPrivate);
  return inTransaction(ctx, async (tx) => {
    const before = await find(tx, data.endpointId);
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
    await recordAudit(tx, ctx, { action: "webhook.update", entityType: "webhook", entityId: before.id, before: webhookView(before), after: webhookView(after) });
    return webhookView(after);
  });
}

/** A new secret at once; deliveries already queued are signed with it when they go out. */
export async function rotateWebhookSecret({ ctx, input }: { ctx: Ctx; input: WebhookIdInput }): Promise<{ endpoint: WebhookView; secret: string }> {
  authorize(ctx, "webhook:write");
  const { endpointId } = parseInput(WebhookIdInput, input);
  const secret = newWebhookSecret();
  const endpoint = await inTransaction(ctx, async (tx) => {
    await find(tx, endpointId);
    const after = await tx.webhookEndpoint.update({ where: { id: endpointId }, data: { secret } });
    await recordAudit(tx, ctx, { action: "webhook.rotate_secret", entityType: "webhook", entityId: endpointId });
    return webhookView(after);
  });
  return { endpoint, secret };
}

/** Removes the endpoint and its delivery log; queued deliveries to it are dropped with it. */
export async function deleteWebhook({ ctx, input }: { ctx: Ctx; input: WebhookIdInput }): Promise<void> {
  authorize(ctx, "webhook:write");
  const { endpointId } = parseInput(WebhookIdInput, input);
  await inTransaction(ctx, async (tx) => {
    const before = await find(tx, endpointId);
    await tx.webhookEndpoint.delete({ where: { id: endpointId } });
    await recordAudit(tx, ctx, { action: "webhook.delete", entityType: "webhook", entityId: endpointId, before: webhookView(before) });
  });
}

/** Queues a signed `ping` to one endpoint, so an admin can check the receiver end to end. */
export async function sendTestWebhook({ ctx, input }: { ctx: Ctx; input: WebhookIdInput }): Promise<void> {
  authorize(ctx, "webhook:write");
  const { endpointId } = parseInput(WebhookIdInput, input);
  await inTransaction(ctx, async (tx) => {
    const endpoint = await find(tx, endpointId);
    if (!endpoint.enabled) throw new ConflictError("This endpoint is switched off; turn it on to send a test");
    await record(tx, { type: "ping", endpointId });
    await recordAudit(tx, ctx, { action: "webhook.test", entityType: "webhook", entityId: endpointId });
  });
}

/** Sends a failed or given-up delivery again, with the same id and body and a fresh attempt budget. */
export async function retryWebhookDelivery({ ctx, input }: { ctx: Ctx; input: RetryWebhookInput }): Promise<void> {
  authorize(ctx, "webhook:write");
  const { deliveryId } = parseInput(RetryWebhookInput, input);
  await inTransaction(ctx, async (tx) => {
    const result = await tx.delivery.updateMany({
      where: { id: deliveryId, channel: "webhook", state: { in: ["failed", "dead"] } },
      data: { state: "queued", attempts: 0, nextAttemptAt: new Date(), leaseOwner: null, leaseExpiresAt: null },
    });
    if (result.count !== 1) throw NotFoundError.withMessage("No failed webhook delivery with this id");
    await recordAudit(tx, ctx, { action: "webhook.retry", entityType: "delivery", entityId: deliveryId });
  });
}
