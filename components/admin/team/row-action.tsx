"use client";

import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import type { FormAction } from "@/components/ui/use-form-action";
import { useFormAction } from "@/components/ui/use-form-action";

/**
 * One button acting on one row (disable, enable, revoke), asking first when `confirm` is given.
 * The server's refusal (last owner, role rules) shows right beside it.
 */
export function RowAction({
  action,
  fields,
  label,
  pendingLabel,
  confirm,
  variant = "secondary",
}: {
  action: FormAction<unknown>;
  fields: Record<string, string>;
  label: ReactNode;
  pendingLabel: string;
  confirm?: string;
  variant?: "secondary" | "danger" | "ghost";
}) {
  const { state, onSubmit, pending } = useFormAction(action);
  return (
    <form
      onSubmit={(event) => {
        if (confirm && !window.confirm(confirm)) {
          event.preventDefault();
          return;
        }
        onSubmit(event);
      }}
      className="inline-flex flex-col items-end gap-1"
    >
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" size="sm" variant={variant} disabled={pending}>
        {pending ? pendingLabel : label}
      </Button>
      {state && !state.ok && (
        <span role="alert" className="max-w-56 text-right text-xs font-medium text-red-700 dark:text-red-400">
          {state.error}
        </span>
      )}
    </form>
  );
}
