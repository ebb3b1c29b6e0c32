import { cancelMaintenance, completeMaintenance, startMaintenance, verifyMaintenance } from "@/server/maintenance";
import { NotFoundError } from "@/server/errors";
import { apiRoute } from "@/server/management-api/handler";

// A Map, not an object literal: a path segment such as `constructor` or `__proto__` must not find an
// inherited property (it did: 500, or 200 with `[object Undefined]`).
const TRANSITIONS = new Map(
  Object.entries({ start: startMaintenance, verify: verifyMaintenance, complete: completeMaintenance, cancel: cancelMaintenance }),
);

/** POST …/start | verify | complete | cancel, optionally `{"message": "…"}` for customers. */
export const POST = apiRoute(({ ctx, body, params }) => {
  const verb = TRANSITIONS.get(params.transition ?? "");
  if (!verb) throw NotFoundError.withMessage("Unknown transition: use start, verify, complete or cancel");
  return verb({ ctx, input: { ...body, maintenanceId: params.id } });
});
