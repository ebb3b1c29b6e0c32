"use client";

import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { fieldErrors } from "@/components/ui/form-status";
import { FormMessage } from "./form-message";
import { NewPasswordFields } from "./new-password-fields";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";

/**
 * Name, (email,) password twice: the first owner's setup and accepting an invitation. The server
 * action validates with zod and signs the new account in; field errors come back next to each field.
 */
export function NewAccountForm({
  action,
  token,
  email,
  submitLabel,
  pendingLabel,
}: {
  action: FormAction<unknown>;
  token: string;
  /** Shown read-only when the address is fixed (invitations); asked for when absent (setup). */
  email?: string;
  submitLabel: string;
  pendingLabel: string;
}) {
  const { state, onSubmit, pending } = useFormAction(action);
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4">
      <input type="hidden" name="token" value={token} />
      <FormMessage state={state} fields={["name", "email", "password", "confirmPassword"]} />
      <TextField label="Your name" name="name" autoComplete="name" required autoFocus errors={fieldErrors(state, "name")} />
      {email ? (
        <ReadOnly label="Email">{email}</ReadOnly>
      ) : (
        <TextField label="Email" name="email" type="email" autoComplete="email" required errors={fieldErrors(state, "email")} />
      )}
      <NewPasswordFields state={state} />
      <Button type="submit" disabled={pending} className="mt-1 w-full">
        {pending ? pendingLabel : submitLabel}
      </Button>
    </form>
  );
}

function ReadOnly({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-1">
      <span className="text-sm font-medium text-slate-800 dark:text-slate-200">{label}</span>
      <span className="rounded-md border border-slate-200 bg-slate-50 px-3 py-1.5 text-sm text-slate-800 dark:border-slate-800 dark:bg-slate-800/50 dark:text-slate-200">
        {children}
      </span>
    </div>
  );
}
