import { cancelMaintenance, completeMaintenance, startMaintenance, verifyMaintenance, type MaintenanceTransitionInput } from "@/server/maintenance";
import { NotFoundError } from "@/server/errors";
import { apiRoute } from "@/server/management-api/handler";

const TRANSITIONS = { start: startMaintenance, verify: verifyMaintenance, complete: completeMaintenance, cancel: cancelMaintenance };

/** POST …/start | verify | complete | cancel, optionally `{"message": "…"}` for customers. */
export const POST = apiRoute(({ ctx, body, params }) => {
  const verb = TRANSITIONS[params.transition as keyof typeof TRANSITIONS];
  if (!verb) throw new NotFoundError("Use start, verify, complete or cancel");
  return verb({ ctx, input: { ...body, maintenanceId: params.id } as MaintenanceTransitionInput });
});
