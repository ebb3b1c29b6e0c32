"use client";

import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { fieldErrors } from "@/components/ui/form-status";
import type { Role } from "@/server/auth/permissions";
import { FormMessage } from "../form-message";
import { AdminIcon } from "../icons";
import { ROLE_DESCRIPTION, ROLE_LABEL } from "../role-badge";
import { useFormAction, type FormAction } from "../use-form-action";

export type InviteResult = { link: string; email: string; role: Role; expiresAt: string; emailed: boolean };

/** Email + role → a single-use link to copy (shown once: only its hash is stored). */
export function InviteForm({ action, roles }: { action: FormAction<InviteResult>; roles: Role[] }) {
  const { state, onSubmit, pending } = useFormAction(action);
  const [role, setRole] = useState<Role>("editor");
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok) form.current?.reset();
  }, [state]);
  return (
    <div className="flex flex-col gap-4">
      <form ref={form} onSubmit={onSubmit} className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_14rem_auto] sm:items-start">
        <TextField label="Email" name="email" type="email" autoComplete="off" required placeholder="name@company.com" errors={fieldErrors(state, "email")} />
        <SelectField
          label="Role"
          name="role"
          value={role}
          onChange={(event) => setRole(event.target.value as Role)}
          hint={ROLE_DESCRIPTION[role]}
          errors={fieldErrors(state, "role")}
          options={roles.map((value) => ({ value, label: ROLE_LABEL[value] }))}
        />
        <Button type="submit" disabled={pending} className="sm:mt-6">
          {pending ? "Creating…" : "Create invite link"}
        </Button>
      </form>
      {state?.ok ? <InviteLink result={state.data} /> : <FormMessage state={state} fields={["email", "role"]} />}
    </div>
  );
}

function InviteLink({ result }: { result: InviteResult }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard?.writeText(result.link).then(() => setCopied(true), () => setCopied(false));
  };
  return (
    <div role="status" className="rounded-lg border border-emerald-600/30 bg-emerald-50 p-3 text-sm text-emerald-950 dark:border-emerald-400/30 dark:bg-emerald-950/40 dark:text-emerald-100">
      <p className="font-medium">
        Invitation for {result.email} ({ROLE_LABEL[result.role]}) created.{" "}
        {result.emailed ? "It was emailed; you can also copy the link." : "Send them this link; it is shown only now."}
      </p>
      <div className="mt-2 flex gap-2">
        <label htmlFor="invite-link" className="sr-only">Invitation link</label>
        <input
          id="invite-link"
          readOnly
          value={result.link}
          onFocus={(event) => event.currentTarget.select()}
          className="min-w-0 flex-1 rounded-md border border-emerald-700/30 bg-white px-2.5 py-1.5 font-mono text-xs text-slate-900 dark:border-emerald-400/30 dark:bg-slate-950 dark:text-slate-100"
        />
        <Button variant="secondary" size="sm" onClick={copy} className="h-auto">
          <AdminIcon name={copied ? "check" : "copy"} />
          {copied ? "Copied" : "Copy"}
        </Button>
      </div>
      <p className="mt-2 text-xs">Single use, valid for 7 days ({new Date(result.expiresAt).toUTCString()}).</p>
    </div>
  );
}
