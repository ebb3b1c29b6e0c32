"use client";

import { Button } from "@/components/ui/button";
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
      <fieldset className="flex flex-col gap-1">
        <legend className="text-sm font-medium text-slate-800 dark:text-slate-200">Affected components</legend>
        <div className="grid max-h-56 gap-x-4 gap-y-1 overflow-auto rounded-md border border-slate-200 p-2 text-sm @lg:grid-cols-2 @3xl:grid-cols-3 dark:border-slate-800">
          {components.map((c) => (
            <label key={c.id} className="flex items-center gap-2">
              <input
                type="checkbox"
                name="componentIds"
                value={c.id}
                defaultChecked={affected.has(c.id)}
                className="size-4 accent-slate-900 dark:accent-white"
              />
              <span>
                {c.group && <span className="text-slate-600 dark:text-slate-400">{c.group} / </span>}
                {c.name}
              </span>
            </label>
          ))}
        </div>
        {errorsFor(state, "componentIds") && (
          <p role="alert" className="text-xs font-medium text-red-700 dark:text-red-400">
            {errorsFor(state, "componentIds")!.join(" ")}
          </p>
        )}
      </fieldset>
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
