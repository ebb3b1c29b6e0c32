import type { Ctx } from "@/server/context";
import { advanceMaintenance } from "./advance";
import type { MaintenanceTransitionInput } from "./schemas";

/** Marks the work done but still being checked: components stay under maintenance, nobody is notified. */
export function verifyMaintenance(args: { ctx: Ctx; input: MaintenanceTransitionInput; now?: Date }) {
  return advanceMaintenance("verify", args);
}
