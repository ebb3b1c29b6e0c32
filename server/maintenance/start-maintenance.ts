import type { Ctx } from "@/server/context";
import { advanceMaintenance } from "./advance";
import type { MaintenanceTransitionInput } from "./schemas";

/** Starts a scheduled maintenance by hand: its components show under maintenance; subscribers are told when `notifyOnStart`. */
export function startMaintenance(args: { ctx: Ctx; input: MaintenanceTransitionInput; now?: Date }) {
  return advanceMaintenance("start", args);
}
