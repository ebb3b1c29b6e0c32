"use client";

import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { fieldErrors } from "@/components/ui/form-status";
import { FormMessage } from "../form-message";
import { ShownOnce } from "../shown-once";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";
import { EVENT_CHOICES } from "./event-choices";

export type ShownSecret = { url: string; secret: string };

type Defaults = { endpointId: string; url: string; description: string; events: string[] };

/** Adds an endpoint (its signing secret then shown once), or edits one when `defaults` are given (one per page: field ids follow names). */
export function WebhookForm<T>({ action, defaults }: { action: FormAction<T>; defaults?: Defaults }) {
  const { state, onSubmit, pending } = useFormAction(action);
  const form = useRef<HTMLFormElement>(null);
  const prefix = defaults ? `edit-${defaults.endpointId}` : "new";
  useEffect(() => {
    if (state?.ok && !defaults) form.current?.reset();
  }, [state, defaults]);
  const eventErrors = [...(fieldErrors(state, "events") ?? []), ...(fieldErrors(state, "events.0") ?? [])];
  const created = !defaults && state?.ok ? (state.data as unknown as ShownSecret) : null;
  return (
    <div className="flex flex-col gap-4">
      <form ref={form} onSubmit={onSubmit} className="grid gap-3" noValidate>
        {defaults && <input type="hidden" name="endpointId" value={defaults.endpointId} />}
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField
            label="URL"
            name="url"
            type="url"
            required
            maxLength={2000}
            placeholder="https://hooks.example.com/status"
            defaultValue={defaults?.url}
            errors={fieldErrors(state, "url")}
          />
          <TextField
            label="Description"
            name="description"
            maxLength={200}
            placeholder="Slack bridge"
            defaultValue={defaults?.description}
            errors={fieldErrors(state, "description")}
          />
        </div>
        <fieldset aria-describedby={eventErrors.length ? `${prefix}-events-error` : undefined}>
          <legend className="mb-1 text-sm font-medium text-slate-800 dark:text-slate-200">Send</legend>
          <div className="flex flex-wrap gap-x-6 gap-y-2">
            {EVENT_CHOICES.map((choice) => (
              <label key={choice.value} className="flex items-start gap-2 text-sm" htmlFor={`${prefix}-${choice.value}`}>
                <input
                  id={`${prefix}-${choice.value}`}
                  type="checkbox"
                  name="events"
                  value={choice.value}
                  defaultChecked={defaults ? defaults.events.includes(choice.value) : true}
                  className="mt-0.5 size-4 rounded border-slate-400 accent-slate-900 dark:accent-white"
                />
                <span>
                  <span className="font-medium text-slate-800 dark:text-slate-200">{choice.label}</span>
                  <span className="block text-xs text-slate-600 dark:text-slate-400">{choice.hint}</span>
                </span>
              </label>
            ))}
          </div>
          {eventErrors.length > 0 && (
            <p id={`${prefix}-events-error`} role="alert" className="mt-1 text-xs font-medium text-red-700 dark:text-red-400">
              {eventErrors.join(" ")}
            </p>
          )}
        </fieldset>
        <div>
          <Button type="submit" disabled={pending}>
            {pending ? "Saving…" : defaults ? "Save endpoint" : "Add endpoint"}
          </Button>
        </div>
      </form>
      {created ? (
        <ShownOnce id="webhook-secret" label="Signing secret" value={created.secret}>
          Endpoint added. Copy its signing secret now: it is shown only once.
        </ShownOnce>
      ) : (
        <FormMessage state={state} fields={["url", "description", "events", "events.0"]} />
      )}
    </div>
  );
}
