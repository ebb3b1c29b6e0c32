"use client";

import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { fieldErrors, FormStatus } from "@/components/ui/form-status";
import { ComponentPicker } from "./component-picker";
import type { PickerSection } from "./picker-options";
import { linkClass, Notice } from "./public-card";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";

type Props = {
  sections: PickerSection[];
  email?: string;
  /** Set: the form follows this incident only, and has no component choice. */
  incident?: { id: string; slug: string; title: string };
  action: FormAction<{ email: string }>;
};

/** Email and component choice (or the incident to follow); on success the form gives way to "Check your inbox". */
export function SubscribeForm({ sections, email, incident, action }: Props) {
  const { state, onSubmit, pending } = useFormAction(action);
  if (state?.ok) {
    return (
      <Notice tone="ok">
        <p className="font-semibold">Check your inbox</p>
        <p className="mt-1">{state.message}</p>
        <p className="mt-1">
          Nothing after a few minutes? Check the spam folder, and that <strong className="break-all">{state.data.email}</strong> is spelled
          right.
        </p>
        <p className="mt-2">
          {/* A full page load: the form starts empty again. */}
          <a href={incident ? `/subscribe?incident=${encodeURIComponent(incident.slug)}` : "/subscribe"} className={linkClass}>
            Use another address
          </a>
        </p>
      </Notice>
    );
  }
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="flex flex-col gap-5"
      aria-label={incident ? "Follow this incident" : "Subscribe to updates"}
    >
      {incident && <input type="hidden" name="incidentId" value={incident.id} />}
      <TextField
        label="Email address"
        name="email"
        type="email"
        autoComplete="email"
        inputMode="email"
        required
        defaultValue={email}
        errors={fieldErrors(state, "email")}
        hint="We send a confirmation link first; nothing else until you confirm."
      />
      {!incident && <ComponentPicker sections={sections} selected={[]} errors={fieldErrors(state, "componentIds")} />}
      {/* An incidentId error (it was resolved meanwhile) shows here: the field is hidden. */}
      {state && !state.ok && !state.fieldErrors?.email && !state.fieldErrors?.componentIds && <FormStatus state={state} />}
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Subscribing…" : incident ? "Follow this incident" : "Subscribe"}
        </Button>
      </div>
    </form>
  );
}
