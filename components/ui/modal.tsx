import type { ReactNode, RefObject } from "react";
import { Button } from "./button";

/** A native modal dialog (opened with `ref.current.showModal()`), titled by the element with `titleId`. */
export function Modal({
  ref,
  titleId,
  width = "w-full max-w-md",
  children,
}: {
  ref: RefObject<HTMLDialogElement | null>;
  titleId: string;
  width?: string;
  children: ReactNode;
}) {
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      className={`m-auto ${width} rounded-lg border border-slate-300 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-950/50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100`}
    >
      {children}
    </dialog>
  );
}

/** Cancel (closes the dialog) and the confirming submit button. The safe choice has focus when the action destroys something. */
export function ModalButtons({
  dialog,
  cancelLabel,
  confirmLabel,
  danger,
  pending,
  size = "md",
}: {
  dialog: RefObject<HTMLDialogElement | null>;
  cancelLabel: string;
  confirmLabel: string;
  danger: boolean;
  pending: boolean;
  size?: "sm" | "md";
}) {
  return (
    <div className="mt-1 flex justify-end gap-2">
      <Button size={size} variant="secondary" autoFocus={danger} onClick={() => dialog.current?.close()}>
        {cancelLabel}
      </Button>
      <Button size={size} type="submit" variant={danger ? "danger" : "primary"} disabled={pending}>
        {pending ? "Working…" : confirmLabel}
      </Button>
    </div>
  );
}
