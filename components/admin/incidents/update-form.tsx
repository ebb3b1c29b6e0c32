"use client";

import { useCallback, useState } from "react";
import { MarkdownEditor } from "@/components/admin/markdown-editor";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { ComponentStatusPicker } from "./component-status-picker";
import { DateTimeField } from "./datetime-field";
import { errorsFor, OtherErrors } from "./form-errors";
import { STATUS_OPTIONS } from "./labels";
import { StatusAndTemplate } from "./template-picker";
import type { ComponentOption } from "./types";
import { useFormAction, type FormAction } from "./use-form-action";

type Props = { incidentId: string; status: string; components: ComponentOption[]; affectedIds: string[]; action: FormAction };

/** Posts an update; the whole form starts afresh after each success. */
export function UpdateForm(props: Props) {
  const [generation, setGeneration] = useState(0);
  const [message, setMessage] = useState<string>();
  const reset = useCallback((posted: string | undefined) => {
    setMessage(posted);
    setGeneration((g) => g + 1);
  }, []);
  return (
    <>
      {message && (
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-900 dark:bg-green-950/40 dark:text-green-200">
          {message}
        </p>
      )}
      {/* The message is about the last post: it goes once the next one is being written. */}
      <div onInput={() => setMessage(undefined)}>
        <UpdateFormBody key={generation} {...props} onPosted={reset} />
      </div>
    </>
  );
}

function UpdateFormBody({
  incidentId,
  status: current,
  components,
  affectedIds,
  action,
  onPosted,
}: Props & { onPosted: (message?: string) => void }) {
  const [status, setStatus] = useState(current);
  // The incident's status changed (this post, or a resolution elsewhere): the picker follows it.
  // Adjusted during render, not by remounting, so the posted message still arrives.
  const [seen, setSeen] = useState(current);
  if (seen !== current) {
    setSeen(current);
    setStatus(current);
  }
  const [body, setBody] = useState("");
  const pick = (next: { status: string; body?: string }) => {
    setStatus(next.status);
    if (next.body !== undefined) setBody(next.body);
  };
  const { state, pending, onSubmit } = useFormAction(action, { onSuccess: onPosted });
  const resolving = status === "resolved";
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="incidentId" value={incidentId} />
      <div className="grid gap-4 sm:grid-cols-2">
        <StatusAndTemplate options={STATUS_OPTIONS} status={status} body={body} errors={errorsFor(state, "status")} onChange={pick} />
      </div>
      {current === "resolved" && status !== "resolved" && (
        <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950/40 dark:text-amber-200">
          This incident is resolved: posting a {status} update reopens it.
        </p>
      )}
      <MarkdownEditor label="Update" name="body" value={body} onChange={setBody} errors={errorsFor(state, "body")} />
      {resolving && current === "resolved" ? null : resolving ? (
        <CheckboxField
          label="Keep components at their current status"
          name="keepStatuses"
          hint="Otherwise resolving closes this incident's open windows and affected components return to operational."
        />
      ) : (
        <ComponentStatusPicker
          components={components}
          affectedIds={affectedIds}
          mode="change"
          legend="Component status changes"
          hint="Changing a status closes the component's open window and opens one of the new severity; Operational closes it."
        />
      )}
      <details className="text-sm">
        <summary className="cursor-pointer text-slate-700 dark:text-slate-300">Backdate this update</summary>
        <div className="mt-2">
          <DateTimeField label="Posted at" name="displayAt" errors={errorsFor(state, "displayAt")} hint="Empty: now." />
        </div>
      </details>
      <CheckboxField label="Notify subscribers" name="notify" defaultChecked />
      <OtherErrors state={state} shown={["status", "body", "displayAt", "notify", "keepStatuses"]} />
      <FormStatus state={state} />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Posting…" : resolving && current !== "resolved" ? "Post and resolve" : "Post update"}
        </Button>
      </div>
    </form>
  );
}
