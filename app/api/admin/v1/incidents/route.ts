import { createIncident } from "@/server/incident";
import { CREATE_INCIDENT_DEFAULTS } from "@/server/management-api/defaults";
import { listIncidents } from "@/server/incident/list-incidents";
import { apiRoute } from "@/server/management-api/handler";

export const GET = apiRoute(({ ctx, url }) =>
  listIncidents({ ctx, input: { status: url.searchParams.get("status") ?? undefined, limit: url.searchParams.get("limit") ?? undefined } }),
);

/** Published at once unless `"publish": false` (see CREATE_INCIDENT_DEFAULTS). */
export const POST = apiRoute(({ ctx, body }) => createIncident({ ctx, input: { ...CREATE_INCIDENT_DEFAULTS, ...body } }), { status: 201 });
