import { authorize, type Ctx } from "@/server/context";
import { NotFoundError, parseInput } from "@/server/errors";
import { GetWebhookInput } from "./schemas";
import { webhookView } from "./view";

const deliveriesOf = (take: number, payload: boolean) => ({
  orderBy: { createdAt: "desc" },
  take,
  select: { id: true, state: true, attempts: true, lastError: true, nextAttemptAt: true, sentAt: true, createdAt: true, messageId: true, notification: { select: { kind: true, payload } } },
}) as const;

type Row = Parameters<typeof webhookView>[0] & {
  deliveries: Array<{ notification: { kind: string; payload?: string | null }; id: string; state: string; attempts: number; lastError: string | null; nextAttemptAt: Date; sentAt: Date | null; createdAt: Date; messageId: string | null }>;
};

const toView = ({ deliveries, ...row }: Row) => ({
  ...webhookView(row),
  deliveries: deliveries.map(({ notification, ...d }) => ({ ...d, event: notification.kind.replace(/^webhook:/, ""), body: notification.payload ?? null })),
});

/** Endpoints, each with its latest delivery (to show whether it works). Takes no input. */
export async function listWebhooks({ ctx }: { ctx: Ctx }) {
  // URLs can carry secrets (chat services put tokens in them): only those who manage webhooks see them.
  authorize(ctx, "webhook:write");
  const rows = await ctx.db.webhookEndpoint.findMany({ orderBy: { createdAt: "asc" }, include: { deliveries: deliveriesOf(1, false) } });
  return rows.map(toView);
}
export type WebhookListRow = Awaited<ReturnType<typeof listWebhooks>>[number];

/** One endpoint with its latest deliveries (event, state, attempts, last error, the body sent), newest first. */
export async function getWebhook({ ctx, input }: { ctx: Ctx; input: GetWebhookInput }) {
  // URLs can carry secrets (chat services put tokens in them): only those who manage webhooks see them.
  authorize(ctx, "webhook:write");
  const { endpointId, take } = parseInput(GetWebhookInput, input);
  const row = await ctx.db.webhookEndpoint.findUnique({ where: { id: endpointId }, include: { deliveries: deliveriesOf(take, true) } });
  if (!row) throw NotFoundError.withMessage("This webhook endpoint does not exist");
  return toView(row);
}
