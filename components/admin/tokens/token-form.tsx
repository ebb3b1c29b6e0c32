"use client";

import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { fieldErrors } from "@/components/ui/form-status";
import { FormMessage } from "../form-message";
import { ShownOnce } from "../shown-once";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";

export type CreatedToken = { name: string; secret: string; scope: string };

const SCOPES = [
  { value: "write", label: "Read and write" },
  { value: "read", label: "Read only" },
];

/** Name + scope (+ optional expiry) → the secret, shown once: only its hash is stored. */
export function TokenForm({ action }: { action: FormAction<CreatedToken> }) {
  const { state, onSubmit, pending, formRef } = useFormAction(action, { reset: true });
  return (
    <div className="flex flex-col gap-4">
      <form
        ref={formRef}
        onSubmit={onSubmit}
        className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_12rem_10rem_auto] sm:items-start"
        noValidate
      >
        <TextField label="Name" name="name" required maxLength={100} placeholder="Pager alerts" errors={fieldErrors(state, "name")} />
        <SelectField
          label="Scope"
          name="scope"
          defaultValue="write"
          options={SCOPES}
          errors={fieldErrors(state, "scope")}
          hint="Write acts with your role."
        />
        <TextField
          label="Expires in (days)"
          name="expiresInDays"
          type="number"
          min={1}
          max={3650}
          placeholder="Never"
          errors={fieldErrors(state, "expiresInDays")}
        />
        <Button type="submit" disabled={pending} className="sm:mt-6">
          {pending ? "Creating…" : "Create token"}
        </Button>
      </form>
      {state?.ok ? <Secret token={state.data} /> : <FormMessage state={state} fields={["name", "scope", "expiresInDays"]} />}
    </div>
  );
}

function Secret({ token }: { token: CreatedToken }) {
  return (
    <ShownOnce id="token-secret" label="API token" value={token.secret}>
      Token “{token.name}” ({token.scope}) created. Copy it now: it is shown only once.
    </ShownOnce>
  );
}
