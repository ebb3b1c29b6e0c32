import type { Ctx } from "@/server/context";
import { advanceMaintenance } from "./advance";
import type { MaintenanceTransitionInput } from "./schemas";

/** Completes a running or verifying maintenance: components return to their automatic status; subscribers are told when `notifyOnEnd`. */
export function completeMaintenance(args: { ctx: Ctx; input: MaintenanceTransitionInput; now?: Date }) {
  return advanceMaintenance("complete", args);
}
