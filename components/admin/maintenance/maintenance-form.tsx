"use client";

import { useState } from "react";
import { useAnnounce } from "@/components/admin/components/live-region";
import { useFormAction } from "@/components/ui/use-form-action";
import { useTimePreference } from "@/components/time/time-preference";
import { Button } from "@/components/ui/button";
import { CheckboxField, TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/admin/form-message";
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
  const announce = useAnnounce();
  const { timeZone: viewerZone } = useTimePreference();
  const zones = [...new Set([viewerZone, pageTimeZone, "UTC"])];
  const [zone, setZone] = useState<string | null>(null);
  const timeZone = zone ?? zones[0]!;
  const [start, setStart] = useState<Date | null>(m ? new Date(m.scheduledStart) : null);
  const [end, setEnd] = useState<Date | null>(m ? new Date(m.scheduledEnd) : null);
  const { state, pending, onSubmit, formRef } = useFormAction(m ? actions.update : actions.schedule, {
    onSuccess: () => {
      announce(m ? `${m.title} saved.` : "Maintenance scheduled.", "ok");
      onClose();
    },
  });
  const errors = (name: string) => fieldErrors(state, name);
  const chosen = new Set(m?.components.map((c) => c.component.id) ?? []);
  const flag = (name: keyof MaintenanceView, fallback = true) => (m ? Boolean(m[name]) : fallback);
  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      noValidate
      aria-label={m ? `Edit ${m.title}` : "Schedule maintenance"}
      className="grid gap-4 rounded-lg border border-slate-300 bg-slate-50 p-4 lg:grid-cols-2 dark:border-slate-700 dark:bg-slate-900/60"
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
        <fieldset className="flex flex-col gap-1">
          <legend className="text-sm font-medium text-slate-800 dark:text-slate-200">Affected components</legend>
          <div
            className="grid max-h-48 gap-x-4 gap-y-1 overflow-y-auto rounded-md border border-slate-300 bg-white p-2 sm:grid-cols-2 dark:border-slate-700 dark:bg-slate-900"
            aria-describedby={errors("componentIds") ? "componentIds-error" : undefined}
          >
            {components.map((c) => (
              <label key={c.id} className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  name="componentIds"
                  value={c.id}
                  defaultChecked={chosen.has(c.id)}
                  className="size-4 accent-slate-900 dark:accent-white"
                />
                {c.label}
              </label>
            ))}
          </div>
          {errors("componentIds") && (
            <p id="componentIds-error" role="alert" className="text-xs font-medium text-red-700 dark:text-red-400">
              {errors("componentIds")!.join(" ")}
            </p>
          )}
        </fieldset>
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
          <ZonedDateTimeField
            label="Start"
            name="scheduledStart"
            value={start}
            onChange={setStart}
            timeZone={timeZone}
            errors={errors("scheduledStart")}
          />
          <ZonedDateTimeField
            label="End"
            name="scheduledEnd"
            value={end}
            onChange={setEnd}
            timeZone={timeZone}
            errors={errors("scheduledEnd")}
          />
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
      <div className="flex items-center gap-2 lg:col-span-2">
        <Button type="submit" size="sm" disabled={pending}>
          {pending ? "Saving…" : m ? "Save changes" : "Schedule and publish"}
        </Button>
        <Button size="sm" variant="ghost" onClick={onClose}>
          Cancel
        </Button>
        <div className="flex-1">
          <FormMessage state={state?.ok ? null : state} fields={["title", "body", "componentIds", "scheduledStart", "scheduledEnd"]} />
        </div>
      </div>
    </form>
  );
}
