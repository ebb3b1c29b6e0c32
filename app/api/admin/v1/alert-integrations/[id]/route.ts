import { revokeAlertIntegration } from "@/server/alert";
import { apiRoute } from "@/server/management-api/handler";

/** Revokes the integration's token; its rules and history stay. */
export const DELETE = apiRoute(async ({ ctx, params }) => {
  await revokeAlertIntegration({ ctx, input: { integrationId: params.id } });
});
