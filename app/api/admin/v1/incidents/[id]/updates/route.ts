import { addIncidentUpdate } from "@/server/incident";
import { apiRoute } from "@/server/management-api/handler";

/** `{"status": "identified", "body": "…"}`; notify defaults on; "resolved" resolves the incident. */
export const POST = apiRoute(({ ctx, body, params }) => addIncidentUpdate({ ctx, input: { ...body, incidentId: params.id } }), {
  status: 201,
});
