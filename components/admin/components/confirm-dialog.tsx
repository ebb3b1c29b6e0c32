"use client";

import { useId, useRef, useState, useTransition, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Modal, ModalButtons } from "@/components/ui/modal";
import type { ActionResult } from "@/server/action-result";

type Props = {
  /** The button that opens the dialog. */
  label: string;
  /** Accessible name of the opening button when `label` alone is ambiguous in a list. */
  ariaLabel?: string;
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  variant?: "danger" | "primary";
  triggerVariant?: "danger" | "secondary" | "ghost" | "primary";
  /** Receives the dialog's form (for optional fields such as a message). */
  onConfirm: (form: FormData) => Promise<ActionResult | null>;
  onDone?: (result: ActionResult) => void;
};

/**
 * A confirmation in a native modal dialog (focus is trapped and Escape cancels). An error from the
 * server stays in the dialog; success closes it.
 */
export function ConfirmDialog({
  label,
  ariaLabel,
  title,
  children,
  confirmLabel,
  variant = "danger",
  triggerVariant = "secondary",
  onConfirm,
  onDone,
}: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <>
      <Button
        size="sm"
        variant={triggerVariant}
        aria-label={ariaLabel}
        onClick={() => {
          setError(null);
          ref.current?.showModal();
        }}
      >
        {label}
      </Button>
      <Modal ref={ref} titleId={titleId}>
        <form
          className="flex flex-col gap-3 p-5"
          onSubmit={(event) => {
            event.preventDefault();
            const data = new FormData(event.currentTarget);
            startTransition(async () => {
              const result = await onConfirm(data);
              if (!result) return;
              if (result.ok) {
                ref.current?.close();
                onDone?.(result);
              } else setError(result.error);
            });
          }}
        >
          <h2 id={titleId} className="text-base font-semibold">
            {title}
          </h2>
          {children && <div className="text-sm text-slate-700 dark:text-slate-300">{children}</div>}
          {error && (
            <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-900 dark:bg-red-950/40 dark:text-red-200">
              {error}
            </p>
          )}
          <ModalButtons
            dialog={ref}
            cancelLabel="Keep as is"
            confirmLabel={confirmLabel}
            danger={variant === "danger"}
            pending={pending}
            size="sm"
          />
        </form>
      </Modal>
    </>
  );
}
