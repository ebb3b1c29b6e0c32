"use client";

import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { fieldErrors } from "@/components/ui/form-status";
import { FormMessage } from "../form-message";
import { AdminIcon } from "../icons";
import { useFormAction, type FormAction } from "../use-form-action";

export type CreatedToken = { name: string; secret: string; scope: string };

const SCOPES = [
  { value: "write", label: "Read and write" },
  { value: "read", label: "Read only" },
];

/** Name + scope (+ optional expiry) → the secret, shown once: only its hash is stored. */
export function TokenForm({ action }: { action: FormAction<CreatedToken> }) {
  const { state, onSubmit, pending } = useFormAction(action);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok) form.current?.reset();
  }, [state]);
  return (
    <div className="flex flex-col gap-4">
      <form ref={form} onSubmit={onSubmit} className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_12rem_10rem_auto] sm:items-start" noValidate>
        <TextField label="Name" name="name" required maxLength={100} placeholder="Pager alerts" errors={fieldErrors(state, "name")} />
        <SelectField label="Scope" name="scope" defaultValue="write" options={SCOPES} errors={fieldErrors(state, "scope")} hint="Write acts with your role." />
        <TextField label="Expires in (days)" name="expiresInDays" type="number" min={1} max={3650} placeholder="Never" errors={fieldErrors(state, "expiresInDays")} />
        <Button type="submit" disabled={pending} className="sm:mt-6">{pending ? "Creating…" : "Create token"}</Button>
      </form>
      {state?.ok ? <Secret token={state.data} /> : <FormMessage state={state} fields={["name", "scope", "expiresInDays"]} />}
    </div>
  );
}

function Secret({ token }: { token: CreatedToken }) {
  const [copied, setCopied] = useState(false);
  const copy = () => navigator.clipboard?.writeText(token.secret).then(() => setCopied(true), () => setCopied(false));
  return (
    <div role="status" className="rounded-lg border border-emerald-600/30 bg-emerald-50 p-3 text-sm text-emerald-950 dark:border-emerald-400/30 dark:bg-emerald-950/40 dark:text-emerald-100">
      <p className="font-medium">Token “{token.name}” ({token.scope}) created. Copy it now: it is shown only once.</p>
      <div className="mt-2 flex gap-2">
        <label htmlFor="token-secret" className="sr-only">API token</label>
        <input
          id="token-secret"
          readOnly
          value={token.secret}
          data-testid="token-secret"
          onFocus={(event) => event.currentTarget.select()}
          className="min-w-0 flex-1 rounded-md border border-emerald-700/30 bg-white px-2.5 py-1.5 font-mono text-xs text-slate-900 dark:border-emerald-400/30 dark:bg-slate-950 dark:text-slate-100"
        />
        <Button variant="secondary" size="sm" onClick={copy} className="h-auto">
          <AdminIcon name={copied ? "check" : "copy"} />
          {copied ? "Copied" : "Copy"}
        </Button>
      </div>
    </div>
  );
}
