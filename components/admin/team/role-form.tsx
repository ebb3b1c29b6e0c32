"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { controlClass } from "@/components/ui/field";
import type { Role } from "@/server/auth/permissions";
import { ROLE_LABEL } from "../role-badge";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";

/** A member's role: pick another and save. Refusals (ownership rules, last owner) show beneath. */
export function RoleForm({
  action,
  userId,
  name,
  role,
  roles,
}: {
  action: FormAction<unknown>;
  userId: string;
  name: string;
  role: Role;
  roles: Role[];
}) {
  const { state, onSubmit, pending } = useFormAction(action);
  const [selected, setSelected] = useState<string>(role);
  const id = `role-${userId}`;
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-1">
      <input type="hidden" name="userId" value={userId} />
      <div className="flex items-center gap-1.5">
        <label htmlFor={id} className="sr-only">
          Role of {name}
        </label>
        <select
          id={id}
          name="role"
          value={selected}
          onChange={(event) => setSelected(event.target.value)}
          className={`${controlClass} w-28 py-1`}
        >
          {roles.map((value) => (
            <option key={value} value={value}>
              {ROLE_LABEL[value]}
            </option>
          ))}
        </select>
        {/* Saving is a deliberate second step: arrowing through the list changes nothing yet. */}
        {selected !== role && (
          <Button type="submit" size="sm" variant="secondary" disabled={pending}>
            {pending ? "Saving…" : "Save"}
          </Button>
        )}
      </div>
      {state && !state.ok && (
        <span role="alert" className="max-w-64 text-xs font-medium text-red-700 dark:text-red-400">
          {state.error}
        </span>
      )}
      {state?.ok && state.message && (
        <span role="status" className="text-xs text-emerald-700 dark:text-emerald-400">
          {state.message}
        </span>
      )}
    </form>
  );
}
