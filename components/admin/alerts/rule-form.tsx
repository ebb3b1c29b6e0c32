"use client";

import { Button } from "@/components/ui/button";
import { CheckboxList } from "@/components/ui/checkbox-list";
import { CheckboxField, SelectField, TextField } from "@/components/ui/field";
import { fieldErrors } from "@/components/ui/form-status";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";
import { FormMessage } from "../form-message";

const STATUSES = [
  { value: "major_outage", label: "Major outage" },
  { value: "partial_outage", label: "Partial outage" },
  { value: "degraded_performance", label: "Degraded performance" },
  { value: "under_maintenance", label: "Under maintenance" },
];
const FIELDS = ["matchers", "componentIds", "status", "holdSeconds", "announceEveryMinutes"];

/** A rule at the end of an integration's list: which alerts, which components, what happens. */
export function RuleForm({
  action,
  integrationId,
  components,
}: {
  action: FormAction<unknown>;
  integrationId: string;
  components: Array<{ id: string; name: string }>;
}) {
  const { state, onSubmit, pending, formRef } = useFormAction(action, { reset: true });
  const id = (name: string) => `${integrationId}-${name}`;
  const whole = (name: string, label: string, min: number, max: number, fallback: number) => (
    <TextField
      id={id(name)}
      label={label}
      name={name}
      type="number"
      min={min}
      max={max}
      defaultValue={fallback}
      errors={fieldErrors(state, name)}
    />
  );
  return (
    <form ref={formRef} onSubmit={onSubmit} className="grid gap-3 sm:grid-cols-2" noValidate aria-label="Add a rule">
      <input type="hidden" name="integrationId" value={integrationId} />
      <TextField
        id={id("matchers")}
        label="Alerts with labels"
        name="matchers"
        required
        placeholder='service="api", severity=~"critical|page"'
        hint="Prometheus matchers: =, !=, =~ and !~, separated by commas."
        errors={fieldErrors(state, "matchers")}
      />
      <SelectField
        id={id("status")}
        label="Set the components to"
        name="status"
        options={STATUSES}
        defaultValue="major_outage"
        errors={fieldErrors(state, "status")}
      />
      <CheckboxList
        legend="Components"
        name="componentIds"
        options={components.map((c) => ({ value: c.id, label: c.name }))}
        checked={new Set()}
        errors={fieldErrors(state, "componentIds") ?? fieldErrors(state, "componentIds.0")}
      />
      <div className="grid gap-3">
        {whole("holdSeconds", "Hold before publishing (seconds)", 0, 86_400, 120)}
        {whole("announceEveryMinutes", "At most one announcement every (minutes)", 1, 1_440, 15)}
        <CheckboxField label="Publish after the hold" name="publish" hint="Otherwise the incident stays a draft for an engineer." />
        <CheckboxField label="Resolve the incident when the alert resolves" name="resolveIncident" defaultChecked />
      </div>
      <div className="flex items-center gap-3 sm:col-span-2">
        <Button type="submit" size="sm" disabled={pending}>
          {pending ? "Adding…" : "Add rule"}
        </Button>
        <FormMessage state={state} fields={FIELDS} />
      </div>
    </form>
  );
}
