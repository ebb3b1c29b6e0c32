"use client";

import { Button } from "@/components/ui/button";
import { CheckboxList } from "@/components/ui/checkbox-list";
import { SelectField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { DateTimeField } from "./datetime-field";
import { errorsFor, OtherErrors } from "./form-errors";
import { IMPACT_OPTIONS } from "./labels";
import type { ComponentOption } from "./types";
import { useFormAction, type FormAction } from "./use-form-action";

type Props = {
  incident: { id: string; title: string; impact: string; startedAt: string; componentIds: string[] };
  components: ComponentOption[];
  action: FormAction;
};

/** Title, impact, start and the affected list. Saving never notifies anyone. */
export function DetailsForm({ incident, components, action }: Props) {
  const { state, pending, onSubmit } = useFormAction(action);
  const affected = new Set(incident.componentIds);
  return (
    <form onSubmit={onSubmit} className="@container flex flex-col gap-4" noValidate>
      <input type="hidden" name="incidentId" value={incident.id} />
      <div className="grid gap-4 @lg:grid-cols-[1fr_10rem]">
        <TextField label="Title" name="title" defaultValue={incident.title} maxLength={200} errors={errorsFor(state, "title")} />
        <SelectField
          label="Impact"
          name="impact"
          options={IMPACT_OPTIONS}
          defaultValue={incident.impact}
          errors={errorsFor(state, "impact")}
        />
      </div>
      <DateTimeField label="Started" name="startedAt" defaultValue={incident.startedAt} required errors={errorsFor(state, "startedAt")} />
      <CheckboxList
        legend="Affected components"
        name="componentIds"
        options={components.map((c) => ({ value: c.id, label: <GroupedName group={c.group} name={c.name} /> }))}
        checked={affected}
        errors={errorsFor(state, "componentIds")}
        boxClassName="max-h-56 @lg:grid-cols-2 @3xl:grid-cols-3"
      />
      <OtherErrors state={state} shown={["title", "impact", "startedAt", "componentIds"]} />
      <FormStatus state={state} />
      <div className="flex items-center gap-3">
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? "Saving…" : "Save details"}
        </Button>
        <span className="text-xs text-slate-600 dark:text-slate-400">Subscribers are not notified of these changes.</span>
      </div>
    </form>
  );
}

function GroupedName({ group, name }: { group: string | null; name: string }) {
  return (
    <span>
      {group && <span className="text-slate-600 dark:text-slate-400">{group} / </span>}
      {name}
    </span>
  );
}
