import type { ActionResult } from "@/server/action-result";
import type { FormAction } from "@/components/admin/components/use-form-action";

export type ComponentChoice = { id: string; label: string };

export type MaintenanceView = {
  id: string;
  slug: string;
  title: string;
  body: string;
  status: string;
  scheduledStart: Date;
  scheduledEnd: Date;
  startedAt: Date | null;
  completedAt: Date | null;
  cancelledAt: Date | null;
  autoStart: boolean;
  autoComplete: boolean;
  notifyOnSchedule: boolean;
  notifyOnStart: boolean;
  notifyOnEnd: boolean;
  components: Array<{ component: { id: string; name: string } }>;
  updates: Array<{ id: string; status: string; body: string; displayAt: Date }>;
};

type Step = (maintenanceId: string, form: FormData) => Promise<ActionResult>;

/** The page's server actions, passed down as props (components/ never imports from app/). */
export type MaintenanceActions = { schedule: FormAction; update: FormAction; start: Step; verify: Step; complete: Step; cancel: Step };
