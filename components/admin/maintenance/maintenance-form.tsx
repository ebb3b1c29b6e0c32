"use client";

import { useState } from "react";
import { useTimePreference } from "@/components/time/time-preference";
import { CheckboxField, TextAreaField, TextField } from "@/components/ui/field";
import { FormFooter, InlineForm, useInlineForm } from "@/components/admin/inline-form";
import { CheckboxList } from "@/components/ui/checkbox-list";
import { fieldErrors } from "@/components/ui/form-status";
import type { ComponentChoice, MaintenanceActions, MaintenanceView } from "./types";
import { ZonedDateTimeField } from "./zoned-datetime";

type Props = {
  maintenance?: MaintenanceView;
  components: ComponentChoice[];
  pageTimeZone: string;
  actions: MaintenanceActions;
  onClose: () => void;
};

/** Schedule (no `maintenance`) or edit. Times are picked in a chosen zone and sent as UTC. */
export function MaintenanceForm({ maintenance: m, components, pageTimeZone, actions, onClose }: Props) {
  const { timeZone: viewerZone } = useTimePreference();
  const zones = [...new Set([viewerZone, pageTimeZone, "UTC"])];
  const [zone, setZone] = useState<string | null>(null);
  const timeZone = zone ?? zones[0]!;
  const [start, setStart] = useState<Date | null>(m ? new Date(m.scheduledStart) : null);
  const [end, setEnd] = useState<Date | null>(m ? new Date(m.scheduledEnd) : null);
  const ends = [
    ["Start", "scheduledStart", start, setStart],
    ["End", "scheduledEnd", end, setEnd],
  ] as const;
  const { state, pending, onSubmit, formRef } = useInlineForm(
    m ? actions.updateMaintenance : actions.scheduleMaintenance,
    m ? `${m.title} saved.` : "Maintenance scheduled.",
    onClose,
  );
  const errors = (name: string) => fieldErrors(state, name);
  const chosen = new Set(m?.components.map((c) => c.component.id) ?? []);
  const flag = (name: keyof MaintenanceView, fallback = true) => (m ? Boolean(m[name]) : fallback);
  return (
    <InlineForm
      formRef={formRef}
      onSubmit={onSubmit}
      label={m ? `Edit ${m.title}` : "Schedule maintenance"}
      className="gap-4 rounded-lg lg:grid-cols-2"
    >
      {m && <input type="hidden" name="maintenanceId" value={m.id} />}
      <div className="flex flex-col gap-3">
        <TextField label="Title" name="title" required maxLength={200} defaultValue={m?.title} errors={errors("title")} autoFocus />
        <TextAreaField
          label="Description (Markdown)"
          name="body"
          rows={5}
          defaultValue={m?.body}
          errors={errors("body")}
          hint="What changes for customers, and what does not."
        />
        <CheckboxList
          legend="Affected components"
          name="componentIds"
          options={components.map((c) => ({ value: c.id, label: c.label }))}
          checked={chosen}
          errors={errors("componentIds")}
        />
      </div>
      <div className="flex flex-col gap-3">
        <label className="flex flex-col gap-1 text-sm font-medium text-slate-800 dark:text-slate-200">
          Time zone of the pickers
          <select
            value={timeZone}
            onChange={(event) => setZone(event.target.value)}
            className="h-9 rounded-md border border-slate-300 bg-white px-2 text-sm font-normal dark:border-slate-700 dark:bg-slate-900"
          >
            {zones.map((z) => (
              <option key={z} value={z}>
                {z}
                {z === viewerZone ? " (yours)" : z === pageTimeZone ? " (page default)" : ""}
              </option>
            ))}
          </select>
        </label>
        <div className="grid gap-3 sm:grid-cols-2">
          {ends.map(([label, name, value, onChange]) => (
            <ZonedDateTimeField key={name} {...{ label, name, value, onChange, timeZone }} errors={errors(name)} />
          ))}
        </div>
        <fieldset className="grid gap-2 sm:grid-cols-2">
          <legend className="mb-1 text-sm font-medium text-slate-800 dark:text-slate-200">Automation</legend>
          <CheckboxField label="Start automatically" name="autoStart" defaultChecked={flag("autoStart")} hint="At the scheduled start." />
          <CheckboxField
            label="Complete automatically"
            name="autoComplete"
            defaultChecked={flag("autoComplete")}
            hint="At the scheduled end."
          />
        </fieldset>
        <fieldset className="grid gap-2 sm:grid-cols-3">
          <legend className="mb-1 text-sm font-medium text-slate-800 dark:text-slate-200">Email subscribers</legend>
          <CheckboxField
            label="When scheduled"
            name="notifyOnSchedule"
            defaultChecked={flag("notifyOnSchedule")}
            hint={m ? "Already happened or not." : "Right now."}
            disabled={Boolean(m)}
          />
          <CheckboxField label="When it starts" name="notifyOnStart" defaultChecked={flag("notifyOnStart")} />
          <CheckboxField label="When it ends" name="notifyOnEnd" defaultChecked={flag("notifyOnEnd")} />
        </fieldset>
        {m && <input type="hidden" name="notifyOnSchedule" value={m.notifyOnSchedule ? "on" : ""} />}
      </div>
      <FormFooter
        submit={m ? "Save changes" : "Schedule and publish"}
        pending={pending}
        state={state}
        fields={["title", "body", "componentIds", "scheduledStart", "scheduledEnd"]}
        onCancel={onClose}
        className="lg:col-span-2"
      />
    </InlineForm>
  );
}
