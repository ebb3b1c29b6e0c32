import { deleteIncident, updateIncident } from "@/server/incident";
import { getIncident } from "@/server/incident/get-incident";
import { apiRoute } from "@/server/management-api/handler";

export const GET = apiRoute(({ ctx, params }) => getIncident({ ctx, input: { incidentId: params.id } }));
export const PATCH = apiRoute(({ ctx, body, params }) => updateIncident({ ctx, input: { ...body, incidentId: params.id } }));
/** Drafts only (the verb refuses published incidents). */
export const DELETE = apiRoute(async ({ ctx, params }) => {
  await deleteIncident({ ctx, input: { incidentId: params.id } });
});
