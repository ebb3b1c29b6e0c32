"use client";

import type { FormEvent, ReactNode, RefObject } from "react";
import type { ActionResult } from "@/server/action-result";
import { useAnnounce } from "@/components/admin/components/live-region";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";
import { Button } from "@/components/ui/button";
import { FormMessage } from "./form-message";

/** Submit and Cancel for an inline console form, with the errors not shown beside a field. */
export function FormFooter({
  submit,
  pending,
  state,
  fields,
  onCancel,
  className = "sm:col-span-2",
}: {
  submit: string;
  pending: boolean;
  state: ActionResult<unknown> | null;
  fields: readonly string[];
  onCancel: () => void;
  className?: string;
}) {
  return (
    <div className={`flex items-center gap-2 ${className}`}>
      <Button type="submit" size="sm" disabled={pending}>
        {pending ? "Saving…" : submit}
      </Button>
      <Button size="sm" variant="ghost" onClick={onCancel}>
        Cancel
      </Button>
      <div className="flex-1">
        <FormMessage state={state?.ok ? null : state} fields={fields} />
      </div>
    </div>
  );
}

/** An inline add/edit form: on success the screen reader hears `done` and the form closes. */
/** `done`: what to announce, or how to word it from the saved name (a rename announces the new one). */
export function useInlineForm(action: FormAction, done: string | ((name: string) => string), onClose: () => void) {
  const announce = useAnnounce();
  const form = useFormAction(action, {
    onSuccess: () => {
      const field = form.formRef.current?.elements.namedItem("name");
      const name = field instanceof HTMLInputElement ? field.value.trim() : "";
      announce(typeof done === "string" ? done : done(name), "ok");
      onClose();
    },
  });
  return form;
}

/** The framed grid an inline add/edit form sits in, named for screen readers. */
export function InlineForm({
  formRef,
  onSubmit,
  label,
  className = "gap-3 rounded-md sm:grid-cols-2",
  children,
}: {
  formRef: RefObject<HTMLFormElement | null>;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      noValidate
      aria-label={label}
      className={`grid border border-slate-300 bg-slate-50 p-4 dark:border-slate-700 dark:bg-slate-900/60 ${className}`}
    >
      {children}
    </form>
  );
}
