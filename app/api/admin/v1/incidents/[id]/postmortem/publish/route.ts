import { apiRoute } from "@/server/management-api/handler";
import { publishPostmortem } from "@/server/postmortem";

/** `{"notify": true}` to email subscribers (off by default). */
export const POST = apiRoute(({ ctx, body, params }) => publishPostmortem({ ctx, input: { ...body, incidentId: params.id } }));
