"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { fieldErrors } from "@/components/ui/form-status";
import type { Role } from "@/server/auth/permissions";
import { FormMessage } from "../form-message";
import { ROLE_DESCRIPTION, ROLE_LABEL } from "../role-badge";
import { ShownOnce } from "../shown-once";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";

export type InviteResult = { link: string; email: string; role: Role; expiresAt: string; emailed: boolean };

/** Email + role → a single-use link to copy (shown once: only its hash is stored). */
export function InviteForm({ action, roles }: { action: FormAction<InviteResult>; roles: Role[] }) {
  const { state, onSubmit, pending, formRef } = useFormAction(action, { reset: true });
  const [role, setRole] = useState<Role>("editor");
  return (
    <div className="flex flex-col gap-4">
      <form ref={formRef} onSubmit={onSubmit} className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_14rem_auto] sm:items-start">
        <TextField
          label="Email"
          name="email"
          type="email"
          autoComplete="off"
          required
          placeholder="name@company.com"
          errors={fieldErrors(state, "email")}
        />
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
  return (
    <ShownOnce
      id="invite-link"
      label="Invitation link"
      value={result.link}
      footer={<>Single use, valid for 7 days ({new Date(result.expiresAt).toUTCString()}).</>}
    >
      Invitation for {result.email} ({ROLE_LABEL[result.role]}) created.{" "}
      {result.emailed ? "It was emailed; you can also copy the link." : "Send them this link; it is shown only now."}
    </ShownOnce>
  );
}
