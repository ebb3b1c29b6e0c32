"use client";

import { useState } from "react";
import { MarkdownEditor } from "@/components/admin/markdown-editor";
import { Markdown } from "@/components/markdown/markdown";
import { LocalTime } from "@/components/time/local-time";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { errorsFor } from "./form-errors";
import { COMPONENT_STATUS_LABEL, INCIDENT_STATUS_LABEL, labelOf } from "@/lib/domain/labels";
import { pill } from "./labels";
import { useFormAction, type FormAction } from "./use-form-action";

export type TimelineUpdate = {
  id: string;
  status: string;
  body: string;
  displayAt: string;
  notify: boolean;
  author: string | null;
  changes: Array<{ componentId: string; name: string; oldStatus: string; newStatus: string }>;
};

/** The incident's updates, newest first, each with an inline "edit text" that never notifies again. */
export function Timeline({
  updates,
  editAction,
  canEdit,
  published,
}: {
  updates: TimelineUpdate[];
  editAction: FormAction;
  canEdit: boolean;
  published: boolean;
}) {
  if (updates.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">No updates yet.</p>;
  return (
    <ol className="flex flex-col divide-y divide-slate-200 dark:divide-slate-800">
      {updates.map((u) => (
        <TimelineItem key={u.id} update={u} editAction={editAction} canEdit={canEdit} published={published} />
      ))}
    </ol>
  );
}

function TimelineItem({
  update,
  editAction,
  canEdit,
  published,
}: {
  update: TimelineUpdate;
  editAction: FormAction;
  canEdit: boolean;
  published: boolean;
}) {
  const [editing, setEditing] = useState(false);
  const [body, setBody] = useState(update.body);
  const { state, pending, onSubmit } = useFormAction(editAction, { onSuccess: () => setEditing(false) });
  return (
    <li className="flex flex-col gap-1.5 py-3">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        <strong className="font-semibold">{labelOf(INCIDENT_STATUS_LABEL, update.status)}</strong>
        <span className="text-slate-700 dark:text-slate-300">
          <LocalTime iso={update.displayAt} />
        </span>
        {update.author && <span className="text-slate-600 dark:text-slate-400">by {update.author}</span>}
        <span
          className={`${pill} ${update.notify ? "bg-blue-100 text-blue-900 dark:bg-blue-900/40 dark:text-blue-200" : "bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300"}`}
        >
          {update.notify ? (published ? "Subscribers notified" : "Will notify") : "No notification"}
        </span>
        {canEdit && !editing && (
          <Button variant="ghost" size="sm" className="ml-auto" onClick={() => setEditing(true)}>
            Edit text
          </Button>
        )}
      </div>
      {update.changes.length > 0 && (
        <ul className="flex flex-wrap gap-x-3 text-xs text-slate-700 dark:text-slate-300">
          {update.changes.map((c) => (
            <li key={c.componentId}>
              {c.name}: {labelOf(COMPONENT_STATUS_LABEL, c.oldStatus)} →{" "}
              <span className="font-medium">{labelOf(COMPONENT_STATUS_LABEL, c.newStatus)}</span>
            </li>
          ))}
        </ul>
      )}
      {editing ? (
        <form onSubmit={onSubmit} className="flex flex-col gap-2" noValidate>
          <input type="hidden" name="updateId" value={update.id} />
          <MarkdownEditor
            label="Text"
            name="body"
            value={body}
            onChange={setBody}
            rows={6}
            errors={errorsFor(state, "body")}
            hint="Fixes the text only: subscribers are not notified again."
          />
          {state && !state.ok && <FormStatus state={state} />}
          <div className="flex gap-2">
            <Button type="submit" size="sm" disabled={pending}>
              {pending ? "Saving…" : "Save text"}
            </Button>
            <Button
              variant="secondary"
              size="sm"
              onClick={() => {
                setBody(update.body);
                setEditing(false);
              }}
            >
              Cancel
            </Button>
          </div>
        </form>
      ) : (
        <div className="text-[15px]">
          <Markdown source={update.body} />
        </div>
      )}
    </li>
  );
}
