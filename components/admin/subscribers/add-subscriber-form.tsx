"use client";

import { useFormAction, type FormAction } from "@/components/ui/use-form-action";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { fieldErrors, FormStatus } from "@/components/ui/form-status";
import type { ChoosableComponent } from "@/server/subscriber";
import { ComponentCheckboxes } from "./component-checkboxes";

/** One address, active at once (no confirmation email): for customers the team vouches for. */
export function AddSubscriberForm({ components, action }: { components: ChoosableComponent[]; action: FormAction<undefined> }) {
  const { state, onSubmit, pending, formRef } = useFormAction(action, { reset: true });
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-label="Add a subscriber">
      <TextField
        label="Email address"
        name="email"
        type="email"
        required
        autoComplete="off"
        errors={fieldErrors(state, "email")}
        hint="Added as active: no confirmation email is sent."
      />
      <ComponentCheckboxes components={components} />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? "Adding…" : "Add subscriber"}
        </Button>
        <div className="min-w-0 flex-1">
          <FormStatus state={state && !state.ok && state.fieldErrors?.email ? null : state} />
        </div>
      </div>
    </form>
  );
}
