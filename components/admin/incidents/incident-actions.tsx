"use client";

import { useState } from "react";
import { CheckboxField, TextAreaField } from "@/components/ui/field";
import { DEFAULT_RESOLVED_BODY } from "@/lib/domain/update-templates";
import { ActionDialog, DeleteDialog } from "./action-dialog";
import { DateTimeField } from "./datetime-field";
import type { FormAction } from "./use-form-action";

type Props = {
  incident: { id: string; published: boolean; resolved: boolean; notify: boolean; openWindows: number };
  actions: { publish: FormAction; resolve: FormAction; remove: FormAction };
};

/** The incident's lifecycle buttons, each behind a confirmation: publish or delete a draft, resolve an open one. */
export function IncidentActions({ incident, actions }: Props) {
  const [body, setBody] = useState(DEFAULT_RESOLVED_BODY);
  if (!incident.published) {
    return (
      <div className="flex flex-wrap gap-2">
        <ActionDialog
          triggerLabel="Publish…"
          triggerVariant="primary"
          triggerSize="md"
          title="Publish this incident?"
          description="It appears on the public status page now, its windows start to count and affected components change status."
          confirmLabel="Publish"
          action={actions.publish}
        >
          <input type="hidden" name="incidentId" value={incident.id} />
          <CheckboxField label="Notify subscribers" name="notify" defaultChecked={incident.notify} />
        </ActionDialog>
        <DeleteDialog
          what="draft"
          field="incidentId"
          id={incident.id}
          description="The draft, its update and its windows are deleted. Customers never saw it."
          action={actions.remove}
          triggerLabel="Delete draft…"
          triggerVariant="danger"
          triggerSize="md"
        />
      </div>
    );
  }
  if (incident.resolved) return null;
  return (
    <ActionDialog
      triggerLabel="Resolve…"
      triggerVariant="primary"
      triggerSize="md"
      title="Resolve this incident"
      description={
        incident.openWindows > 0
          ? `Its ${incident.openWindows} open degradation window${incident.openWindows === 1 ? "" : "s"} close at the resolution time.`
          : "It has no open degradation windows."
      }
      confirmLabel="Resolve incident"
      action={actions.resolve}
      shownFields={["body", "resolvedAt", "notify", "keepStatuses"]}
    >
      <input type="hidden" name="incidentId" value={incident.id} />
      <TextAreaField label="Resolution update" name="body" value={body} onChange={(e) => setBody(e.target.value)} rows={4} />
      <DateTimeField label="Resolved at" name="resolvedAt" defaultValue="now" hint="Untouched: the moment you confirm." />
      <CheckboxField
        label="Keep components at their current status"
        name="keepStatuses"
        hint="Unchecked (default): affected components return to operational."
      />
      <CheckboxField label="Notify subscribers" name="notify" defaultChecked />
    </ActionDialog>
  );
}
