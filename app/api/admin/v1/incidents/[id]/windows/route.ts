import { apiRoute } from "@/server/management-api/handler";
import { addWindow } from "@/server/window";

/** `{"componentId", "severity": "degraded|partial|major", "startedAt", "endedAt"?}`; overlaps are refused with field errors. */
export const POST = apiRoute(({ ctx, body, params }) => addWindow({ ctx, input: { ...body, incidentId: params.id } }), { status: 201 });
