import { listMaintenance, scheduleMaintenance, type ScheduleMaintenanceInput } from "@/server/maintenance";
import { apiRoute } from "@/server/management-api/handler";

export const GET = apiRoute(({ ctx }) => listMaintenance({ ctx }));
export const POST = apiRoute(({ ctx, body }) => scheduleMaintenance({ ctx, input: body as ScheduleMaintenanceInput }), { status: 201 });
