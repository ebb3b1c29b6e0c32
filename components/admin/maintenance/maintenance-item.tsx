"use client";

import { ConfirmDialog } from "@/components/admin/components/confirm-dialog";
import { useAnnounce } from "@/components/admin/components/live-region";
import { LocalTime } from "@/components/time/local-time";
import { EditButton } from "@/components/ui/button";
import { MessageField } from "./message-field";
import type { MaintenanceActions, MaintenanceView } from "./types";

const STATUS: Record<string, { label: string; className: string }> = {
  scheduled: { label: "Scheduled", className: "bg-blue-100 text-blue-900 dark:bg-blue-900/40 dark:text-blue-200" },
  in_progress: { label: "In progress", className: "bg-amber-100 text-amber-900 dark:bg-amber-900/40 dark:text-amber-200" },
  verifying: { label: "Verifying", className: "bg-violet-100 text-violet-900 dark:bg-violet-900/40 dark:text-violet-200" },
  completed: { label: "Completed", className: "bg-green-100 text-green-900 dark:bg-green-900/40 dark:text-green-200" },
  cancelled: { label: "Cancelled", className: "bg-slate-200 text-slate-800 dark:bg-slate-700 dark:text-slate-200" },
};

type Props = { maintenance: MaintenanceView; canWrite: boolean; actions: MaintenanceActions; onEdit: () => void };

/** One maintenance: when, what, how it behaves, its updates, and the next steps it allows. */
export function MaintenanceItem({ maintenance: m, canWrite, actions, onEdit }: Props) {
  const announce = useAnnounce();
  const state = m.cancelledAt ? "cancelled" : m.status;
  const badge = STATUS[state] ?? STATUS.scheduled!;
  const open = !m.cancelledAt && m.status !== "completed";
  const done = (text: string) => () => announce(`${m.title}: ${text}.`, "ok");
  const flags =
    [m.autoStart && "starts automatically", m.autoComplete && "completes automatically"].filter(Boolean).join(", ") ||
    "started and completed by hand";
  const notify =
    [m.notifyOnSchedule && "schedule", m.notifyOnStart && "start", m.notifyOnEnd && "end"].filter(Boolean).join(", ") || "nothing";
  return (
    <article data-maintenance={m.slug} aria-labelledby={`m-${m.id}`} className="flex flex-col gap-2 px-4 py-3">
      <div className="flex flex-wrap items-start gap-x-3 gap-y-1">
        <h3 id={`m-${m.id}`} className="min-w-0 flex-1 font-semibold">
          {m.title}
        </h3>
        <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${badge.className}`}>{badge.label}</span>
      </div>
      <dl className="grid gap-x-6 gap-y-0.5 text-xs text-slate-700 sm:grid-cols-[auto_1fr] dark:text-slate-300">
        <dt className="font-medium">Window</dt>
        <dd>
          <LocalTime iso={new Date(m.scheduledStart).toISOString()} /> – <LocalTime iso={new Date(m.scheduledEnd).toISOString()} />
        </dd>
        {m.startedAt && (
          <>
            <dt className="font-medium">Started</dt>
            <dd>
              <LocalTime iso={new Date(m.startedAt).toISOString()} />
            </dd>
          </>
        )}
        {m.completedAt && (
          <>
            <dt className="font-medium">Completed</dt>
            <dd>
              <LocalTime iso={new Date(m.completedAt).toISOString()} />
            </dd>
          </>
        )}
        {m.cancelledAt && (
          <>
            <dt className="font-medium">Cancelled</dt>
            <dd>
              <LocalTime iso={new Date(m.cancelledAt).toISOString()} />
            </dd>
          </>
        )}
        <dt className="font-medium">Components</dt>
        <dd>{m.components.map((c) => c.component.name).join(", ") || "—"}</dd>
        <dt className="font-medium">Behaviour</dt>
        <dd>
          {flags}; emails at {notify}
        </dd>
      </dl>
      {(m.body || m.updates.length > 0) && (
        <details className="text-xs">
          <summary className="cursor-pointer font-medium text-slate-700 dark:text-slate-300">
            Description and updates ({m.updates.length})
          </summary>
          {m.body && <p className="mt-1 whitespace-pre-wrap text-slate-700 dark:text-slate-300">{m.body}</p>}
          <ol className="mt-2 flex flex-col gap-1 border-l-2 border-slate-200 pl-3 dark:border-slate-700">
            {m.updates.map((u) => (
              <li key={u.id}>
                <span className="font-medium">{STATUS[u.status]?.label ?? u.status}</span> ·{" "}
                <LocalTime iso={new Date(u.displayAt).toISOString()} />
                <p className="whitespace-pre-wrap text-slate-700 dark:text-slate-300">{u.body}</p>
              </li>
            ))}
          </ol>
        </details>
      )}
      {canWrite && open && (
        <div className="flex flex-wrap gap-1.5">
          {m.status === "scheduled" && (
            <ConfirmDialog
              label="Start now"
              ariaLabel={`Start ${m.title} now`}
              variant="primary"
              triggerVariant="primary"
              title={`Start “${m.title}” now?`}
              confirmLabel="Start maintenance"
              onConfirm={(form) => actions.startMaintenance(m.id, form)}
              onDone={done("started")}
            >
              <p className="mb-2">
                Its components show “under maintenance” until it completes.{m.notifyOnStart ? " Subscribers are emailed." : ""}
              </p>
              <MessageField placeholder="The maintenance has started." />
            </ConfirmDialog>
          )}
          {m.status === "in_progress" && (
            <ConfirmDialog
              label="Verifying"
              ariaLabel={`Mark ${m.title} as verifying`}
              variant="primary"
              title="Work done, now verifying?"
              confirmLabel="Mark as verifying"
              onConfirm={(form) => actions.verifyMaintenance(m.id, form)}
              onDone={done("verifying")}
            >
              <p className="mb-2">Components stay under maintenance. Nobody is emailed.</p>
              <MessageField placeholder="The work is done; we are verifying that everything works as expected." />
            </ConfirmDialog>
          )}
          {(m.status === "in_progress" || m.status === "verifying") && (
            <ConfirmDialog
              label="Complete"
              ariaLabel={`Complete ${m.title}`}
              variant="primary"
              triggerVariant="primary"
              title={`Complete “${m.title}”?`}
              confirmLabel="Complete maintenance"
              onConfirm={(form) => actions.completeMaintenance(m.id, form)}
              onDone={done("completed")}
            >
              <p className="mb-2">Components return to their automatic status.{m.notifyOnEnd ? " Subscribers are emailed." : ""}</p>
              <MessageField placeholder="The maintenance is complete." />
            </ConfirmDialog>
          )}
          <EditButton what={m.title} onClick={onEdit} variant="secondary" />
          <ConfirmDialog
            label="Cancel maintenance"
            ariaLabel={`Cancel ${m.title}`}
            triggerVariant="ghost"
            title={`Cancel “${m.title}”?`}
            confirmLabel="Cancel maintenance"
            onConfirm={(form) => actions.cancelMaintenance(m.id, form)}
            onDone={done("cancelled")}
          >
            <p className="mb-2">
              It disappears from the public page{m.status !== "scheduled" ? " and its components return to their automatic status" : ""}.
              This cannot be undone.
            </p>
            <MessageField placeholder="This maintenance has been cancelled." />
          </ConfirmDialog>
        </div>
      )}
    </article>
  );
}
