import { NotFoundError } from "@/server/errors";
import { apiRoute } from "@/server/management-api/handler";
import { rotateWebhookSecret, sendTestWebhook } from "@/server/webhook";

/** `test` queues a signed ping; `rotate-secret` answers with the new secret, shown this once. */
export const POST = apiRoute(async ({ ctx, params }) => {
  const input = { endpointId: params.id };
  if (params.action === "test") return sendTestWebhook({ ctx, input });
  if (params.action === "rotate-secret") return rotateWebhookSecret({ ctx, input });
  throw NotFoundError.withMessage("Unknown action: use test or rotate-secret");
});
