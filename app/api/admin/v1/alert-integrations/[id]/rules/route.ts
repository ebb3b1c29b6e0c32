import { addAlertRule } from "@/server/alert";
import { apiRoute } from "@/server/management-api/handler";

/** `{"matchers": "service=\"api\"", "componentIds": [...], "status", "publish"?, "resolveIncident"?, "holdSeconds"?, "announceEveryMinutes"?}` */
export const POST = apiRoute(({ ctx, body, params }) => addAlertRule({ ctx, input: { ...body, integrationId: params.id } }), {
  status: 201,
});
