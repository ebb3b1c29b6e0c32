import { listMaintenance, scheduleMaintenance } from "@/server/maintenance";
import { apiRoute } from "@/server/management-api/handler";

export const GET = apiRoute(({ ctx }) => listMaintenance({ ctx }));
export const POST = apiRoute(({ ctx, body }) => scheduleMaintenance({ ctx, input: body }), { status: 201 });
