import { createIncident } from "@/server/incident";
import { listIncidents } from "@/server/incident/list-incidents";
import { apiRoute } from "@/server/management-api/handler";

export const GET = apiRoute(({ ctx, url }) =>
  listIncidents({ ctx, input: { status: url.searchParams.get("status") ?? undefined, limit: url.searchParams.get("limit") ?? undefined } }),
);

/** Published at once unless `"publish": false` (a monitoring system declaring an incident means it). */
export const POST = apiRoute(({ ctx, body }) => createIncident({ ctx, input: { publish: true, ...body } }), { status: 201 });
