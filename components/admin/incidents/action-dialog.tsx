"use client";

import { useId, useRef, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Modal, ModalButtons } from "@/components/ui/modal";
import { FormStatus } from "@/components/ui/form-status";
import { OtherErrors } from "./form-errors";
import { useFormAction, type FormAction } from "./use-form-action";

type Props = {
  triggerLabel: string;
  triggerVariant?: "primary" | "secondary" | "danger" | "ghost";
  triggerSize?: "sm" | "md";
  title: string;
  description?: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  action: FormAction;
  /** Hidden inputs and any fields the confirmation asks for. */
  children?: ReactNode;
  /** Field names rendered by `children` (others' errors are listed). */
  shownFields?: string[];
  disabled?: boolean;
};

/** A button that opens a modal confirmation (native <dialog>: focus kept inside, Escape cancels) holding a form. */
export function ActionDialog(props: Props) {
  const {
    triggerLabel,
    triggerVariant = "secondary",
    triggerSize = "sm",
    title,
    description,
    confirmLabel,
    danger,
    action,
    children,
    shownFields = [],
    disabled,
  } = props;
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const { state, pending, onSubmit } = useFormAction(action, { onSuccess: () => dialog.current?.close() });
  return (
    <>
      <Button
        variant={triggerVariant}
        size={triggerSize}
        onClick={() => dialog.current?.showModal()}
        disabled={disabled}
        aria-haspopup="dialog"
      >
        {triggerLabel}
      </Button>
      <Modal ref={dialog} titleId={titleId} width="w-[min(36rem,calc(100vw-2rem))]">
        <form onSubmit={onSubmit} className="flex flex-col gap-4 p-5">
          <h2 id={titleId} className="text-base font-semibold">
            {title}
          </h2>
          {description && <div className="text-sm text-slate-700 dark:text-slate-300">{description}</div>}
          {children}
          <OtherErrors state={state} shown={shownFields} />
          {state && !state.ok && <FormStatus state={state} />}
          <ModalButtons dialog={dialog} cancelLabel="Cancel" confirmLabel={confirmLabel} danger={Boolean(danger)} pending={pending} />
        </form>
      </Modal>
    </>
  );
}

/** "Delete this <what>?": a danger confirmation posting the row's id as `field`. */
export function DeleteDialog({
  what,
  field,
  id,
  description,
  action,
  triggerLabel = "Delete",
  triggerVariant = "ghost",
  triggerSize,
}: {
  what: string;
  field: string;
  id: string;
  description: ReactNode;
  action: FormAction;
  triggerLabel?: string;
  triggerVariant?: Props["triggerVariant"];
  triggerSize?: Props["triggerSize"];
}) {
  return (
    <ActionDialog
      {...{ triggerLabel, triggerVariant, triggerSize, description, action }}
      title={`Delete this ${what}?`}
      confirmLabel={`Delete ${what}`}
      danger
    >
      <input type="hidden" name={field} value={id} />
    </ActionDialog>
  );
}
