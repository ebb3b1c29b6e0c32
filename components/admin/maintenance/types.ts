import type { ActionResult } from "@/server/action-result";
import type { AdminMaintenance } from "@/server/maintenance";
import type { FormAction } from "@/components/ui/use-form-action";

export type ComponentChoice = { id: string; label: string };

/** One maintenance as the console lists it (RSC props keep its dates as Date). */
export type MaintenanceView = AdminMaintenance;

type Step = (maintenanceId: string, form: FormData) => Promise<ActionResult>;

/** The page's server actions, passed down as props (components/ never imports from app/). */
export type MaintenanceActions = {
  scheduleMaintenance: FormAction;
  updateMaintenance: FormAction;
  startMaintenance: Step;
  verifyMaintenance: Step;
  completeMaintenance: Step;
  cancelMaintenance: Step;
};
