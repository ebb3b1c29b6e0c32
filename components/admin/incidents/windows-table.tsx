"use client";

import { useState } from "react";
import { LocalTime } from "@/components/time/local-time";
import { Button, EditButton } from "@/components/ui/button";
import { controlClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { formatDuration } from "@/lib/time/format";
import { DeleteDialog } from "./action-dialog";
import { DateTimeField } from "./datetime-field";
import { errorsFor, OtherErrors } from "./form-errors";
import { labelOf, SEVERITY_LABEL } from "@/lib/domain/labels";
import { pill, SEVERITY_OPTIONS, SEVERITY_TONE } from "./labels";
import type { ComponentOption } from "./types";
import { useFormAction, type FormAction } from "./use-form-action";

export type WindowRow = {
  id: string;
  componentId: string;
  componentName: string;
  severity: string;
  startedAt: string;
  endedAt: string | null;
};
export type WindowActions = { add: FormAction; update: FormAction; close: FormAction; remove: FormAction };

type Props = {
  incidentId: string;
  windows: WindowRow[];
  components: ComponentOption[];
  actions: WindowActions;
  canEdit: boolean;
  resolved: boolean;
};

const th = "px-3 py-2 text-left text-xs font-semibold text-slate-700 dark:text-slate-300";
const td = "px-3 py-2 align-top";

/** Degradation windows of the incident: what drives uptime bars and component status. */
export function WindowsTable({ incidentId, windows, components, actions, canEdit, resolved }: Props) {
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <div className="flex flex-col gap-4">
      <div className="overflow-x-auto rounded-md border border-slate-200 dark:border-slate-800">
        <table className="w-full text-sm">
          <thead className="bg-slate-50 dark:bg-slate-900">
            <tr>
              <th className={th}>Component</th>
              <th className={th}>Severity</th>
              <th className={th}>Start</th>
              <th className={th}>End</th>
              <th className={th}>Duration</th>
              {canEdit && (
                <th className={th}>
                  <span className="sr-only">Actions</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
            {windows.length === 0 && (
              <tr>
                <td colSpan={6} className={`${td} text-slate-600 dark:text-slate-400`}>
                  No windows: component statuses and uptime are unaffected.
                </td>
              </tr>
            )}
            {windows.map((w) =>
              editing === w.id ? (
                <EditRow key={w.id} window={w} action={actions.update} onDone={() => setEditing(null)} />
              ) : (
                <tr key={w.id}>
                  <td className={`${td} font-medium`}>{w.componentName}</td>
                  <td className={td}>
                    <span className={`${pill} ${SEVERITY_TONE[w.severity] ?? ""}`}>{labelOf(SEVERITY_LABEL, w.severity)}</span>
                  </td>
                  <td className={`${td} whitespace-nowrap`}>
                    <LocalTime iso={w.startedAt} />
                  </td>
                  <td className={`${td} whitespace-nowrap`}>
                    {w.endedAt ? <LocalTime iso={w.endedAt} /> : <strong className="font-semibold">Open</strong>}
                  </td>
                  <td className={`${td} whitespace-nowrap tabular-nums`}>
                    {w.endedAt ? formatDuration(Date.parse(w.endedAt) - Date.parse(w.startedAt)) : "—"}
                  </td>
                  {canEdit && (
                    <td className={`${td} whitespace-nowrap text-right`}>
                      <div className="flex justify-end gap-1">
                        <EditButton what={`window of ${w.componentName}`} onClick={() => setEditing(w.id)} />
                        {!w.endedAt && <CloseNow window={w} action={actions.close} />}
                        <DeleteDialog
                          what="window"
                          field="windowId"
                          id={w.id}
                          action={actions.remove}
                          description={`The ${labelOf(SEVERITY_LABEL, w.severity).toLowerCase()} window of ${w.componentName} disappears from uptime history and the component's status is recomputed.`}
                        />
                      </div>
                    </td>
                  )}
                </tr>
              ),
            )}
          </tbody>
        </table>
      </div>
      {canEdit && <AddWindow incidentId={incidentId} components={components} action={actions.add} resolved={resolved} />}
    </div>
  );
}

function CloseNow({ window, action }: { window: WindowRow; action: FormAction }) {
  const { state, pending, onSubmit } = useFormAction(action);
  return (
    <form onSubmit={onSubmit} className="inline">
      <input type="hidden" name="windowId" value={window.id} />
      <Button type="submit" variant="ghost" size="sm" disabled={pending} aria-label={`Close window of ${window.componentName} now`}>
        Close now
      </Button>
      {state && !state.ok && (
        <span role="alert" className="block text-xs text-red-700 dark:text-red-400">
          {state.error}
        </span>
      )}
    </form>
  );
}

function EditRow({ window, action, onDone }: { window: WindowRow; action: FormAction; onDone: () => void }) {
  const { state, pending, onSubmit } = useFormAction(action, { onSuccess: onDone });
  return (
    <tr className="bg-slate-50 dark:bg-slate-900/60">
      <td colSpan={6} className={td}>
        <form onSubmit={onSubmit} className="flex flex-col gap-3" noValidate>
          <input type="hidden" name="windowId" value={window.id} />
          <div className="flex flex-wrap items-start gap-4">
            <p className="pt-6 text-sm font-medium">{window.componentName}</p>
            <SeveritySelect defaultValue={window.severity} />
            <DateTimeField
              label="Start"
              name="startedAt"
              defaultValue={window.startedAt}
              required
              errors={errorsFor(state, "startedAt")}
              idSuffix={window.id}
            />
            <DateTimeField
              label="End"
              name="endedAt"
              defaultValue={window.endedAt ?? undefined}
              errors={errorsFor(state, "endedAt")}
              hint="Empty: still open."
              idSuffix={window.id}
            />
          </div>
          <OtherErrors state={state} shown={["startedAt", "endedAt"]} />
          {state && !state.ok && <FormStatus state={state} />}
          <div className="flex gap-2">
            <Button type="submit" size="sm" disabled={pending}>
              {pending ? "Saving…" : "Save window"}
            </Button>
            <Button variant="secondary" size="sm" onClick={onDone}>
              Cancel
            </Button>
          </div>
        </form>
      </td>
    </tr>
  );
}

function AddWindow({
  incidentId,
  components,
  action,
  resolved,
}: {
  incidentId: string;
  components: ComponentOption[];
  action: FormAction;
  resolved: boolean;
}) {
  const [generation, setGeneration] = useState(0);
  const { state, pending, onSubmit } = useFormAction(action, { onSuccess: () => setGeneration((g) => g + 1) });
  return (
    <form
      key={generation}
      onSubmit={onSubmit}
      className="flex flex-col gap-3 rounded-md border border-dashed border-slate-300 p-3 dark:border-slate-700"
      noValidate
    >
      <h3 className="text-sm font-semibold">Add a window</h3>
      <input type="hidden" name="incidentId" value={incidentId} />
      <div className="flex flex-wrap items-start gap-4">
        <label className="flex flex-col gap-1 text-sm font-medium">
          Component
          <select
            name="componentId"
            aria-label="Component"
            defaultValue=""
            aria-invalid={errorsFor(state, "componentId") ? true : undefined}
            className={`${controlClass} w-auto!`}
          >
            <option value="" disabled>
              Choose…
            </option>
            {components.map((c) => (
              <option key={c.id} value={c.id}>
                {c.group ? `${c.group} / ` : ""}
                {c.name}
              </option>
            ))}
          </select>
          {errorsFor(state, "componentId") && (
            <span role="alert" className="text-xs text-red-700 dark:text-red-400">
              {errorsFor(state, "componentId")!.join(" ")}
            </span>
          )}
        </label>
        <SeveritySelect defaultValue={"major"} />
        <DateTimeField label="Start" name="startedAt" defaultValue="now" required errors={errorsFor(state, "startedAt")} idSuffix="new" />
        <DateTimeField
          label="End"
          name="endedAt"
          errors={errorsFor(state, "endedAt")}
          hint={resolved ? "Required: the incident is resolved." : "Empty: still open."}
          idSuffix="new"
        />
      </div>
      <OtherErrors state={state} shown={["componentId", "severity", "startedAt", "endedAt"]} />
      <FormStatus state={state} />
      <div>
        <Button type="submit" size="sm" disabled={pending}>
          {pending ? "Adding…" : "Add window"}
        </Button>
      </div>
    </form>
  );
}

function SeveritySelect({ defaultValue }: { defaultValue: string }) {
  return (
    <label className="flex flex-col gap-1 text-sm font-medium">
      Severity
      <select name="severity" aria-label="Severity" defaultValue={defaultValue} className={`${controlClass} w-auto!`}>
        {SEVERITY_OPTIONS.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
