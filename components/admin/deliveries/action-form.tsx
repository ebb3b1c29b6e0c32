"use client";

import type { ReactNode } from "react";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";

/** A one-button form for a server action, with its outcome shown beside it. */
export function ActionForm({
  action,
  fields,
  label,
  variant = "secondary",
  confirm,
  children,
}: {
  action: FormAction<unknown>;
  fields: Record<string, string>;
  label: string;
  variant?: "primary" | "secondary" | "danger";
  confirm?: string;
  children?: ReactNode;
}) {
  const { state, onSubmit, pending } = useFormAction(action);
  return (
    <form
      onSubmit={(event) => {
        if (confirm && !window.confirm(confirm)) return event.preventDefault();
        onSubmit(event);
      }}
      className="flex flex-wrap items-end gap-3"
    >
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      <Button type="submit" variant={variant} disabled={pending}>
        {pending ? "Working…" : label}
      </Button>
      <FormStatus state={state} />
    </form>
  );
}
