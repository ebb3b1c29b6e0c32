"use client";

import { Button } from "@/components/ui/button";
import type { FormAction } from "@/components/ui/use-form-action";
import { useFormAction } from "@/components/ui/use-form-action";

type Variant = "secondary" | "danger" | "ghost";
type Verb = { label: string; pending: string; variant?: Variant };

/** The row verbs of the console, each with its one wording while pending and its weight. */
const VERBS = {
  enable: { label: "Enable", pending: "Enabling…" },
  disable: { label: "Disable", pending: "Disabling…", variant: "ghost" },
  revoke: { label: "Revoke", pending: "Revoking…", variant: "danger" },
  delete: { label: "Delete", pending: "Deleting…", variant: "danger" },
  retry: { label: "Retry", pending: "Queueing…" },
} satisfies Record<string, Verb>;

/**
 * One button acting on one row, asking first when `confirm` is given; `subject` completes its name
 * for screen readers ("Revoke Pager token"). The server's refusal (last owner, role rules) shows right beside it.
 */
export function RowAction({
  action,
  fields,
  verb,
  subject,
  confirm,
}: {
  action: FormAction<unknown>;
  fields: Record<string, string>;
  verb: keyof typeof VERBS | Verb;
  subject?: string;
  confirm?: string;
}) {
  const { label, pending: pendingLabel, variant = "secondary" }: Verb = typeof verb === "string" ? VERBS[verb] : verb;
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
        {subject && <span className="sr-only"> {subject}</span>}
      </Button>
      {state && !state.ok && (
        <span role="alert" className="max-w-56 text-right text-xs font-medium text-red-700 dark:text-red-400">
          {state.error}
        </span>
      )}
    </form>
  );
}
