import { ActionForm } from "@/components/admin/deliveries/action-form";
import { TextField } from "@/components/ui/field";
import type { FormAction } from "@/components/ui/use-form-action";
import { JOB_CLASS_PHRASING } from "@/lib/domain/job-classes";
import type { JobControlView } from "@/server/job-control";

/** One job class's kill switch: its state, who paused it and why, what waits, and the button that flips it. */
export function JobSwitch({ control, canWrite, action }: { control: JobControlView; canWrite: boolean; action: FormAction<unknown> }) {
  const { noun, waits, running, unit } = JOB_CLASS_PHRASING[control.jobClass];
  const fields = { jobClass: control.jobClass, paused: String(!control.paused) };
  return (
    <div className="flex flex-col gap-3 px-4 py-3 text-sm" data-testid={`job-${control.jobClass}`}>
      <p>
        {control.paused ? (
          <strong className="text-red-700 dark:text-red-400">
            Paused{control.reason ? `: ${control.reason}` : ""}
            {control.updatedBy ? ` (by ${control.updatedBy})` : ""}.
          </strong>
        ) : (
          <strong className="text-green-700 dark:text-green-400">{running}.</strong>
        )}{" "}
        {waits} <span data-testid="job-waiting">{`Waiting now: ${control.waiting} ${control.waiting === 1 ? unit[0] : unit[1]}.`}</span>
      </p>
      {canWrite &&
        (control.paused ? (
          <ActionForm action={action} fields={fields} label={`Resume ${noun}`} variant="primary" />
        ) : (
          <ActionForm action={action} fields={fields} label={`Pause ${noun}`} variant="danger" confirm={`Pause ${noun}?`}>
            <TextField label="Reason (optional)" name="reason" maxLength={200} id={`reason-${control.jobClass}`} />
          </ActionForm>
        ))}
    </div>
  );
}
