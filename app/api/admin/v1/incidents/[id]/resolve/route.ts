import { resolveIncident } from "@/server/incident";
import { apiRoute } from "@/server/management-api/handler";

export const POST = apiRoute(({ ctx, body, params }) => resolveIncident({ ctx, input: { ...body, incidentId: params.id } }));
