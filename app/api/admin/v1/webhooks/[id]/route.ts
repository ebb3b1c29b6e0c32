import { apiRoute } from "@/server/management-api/handler";
import { deleteWebhook, getWebhook, updateWebhook } from "@/server/webhook";

/** The endpoint with its 50 latest deliveries. */
export const GET = apiRoute(({ ctx, params }) => getWebhook({ ctx, input: { endpointId: params.id } }));

/** Changes only the fields sent (`url`, `description`, `events`, `enabled`). */
export const PATCH = apiRoute(({ ctx, body, params }) => updateWebhook({ ctx, input: { ...body, endpointId: params.id } }));

export const DELETE = apiRoute(async ({ ctx, params }) => {
  await deleteWebhook({ ctx, input: { endpointId: params.id } });
});
