import { updateMaintenance } from "@/server/maintenance";
import { apiRoute } from "@/server/management-api/handler";

export const PATCH = apiRoute(({ ctx, body, params }) => updateMaintenance({ ctx, input: { ...body, maintenanceId: params.id } }));
