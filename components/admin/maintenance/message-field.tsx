import { useId } from "react";
import { controlClass } from "@/components/ui/field";

/** The optional note posted with a transition (dialogs exist side by side, so ids come from useId). */
export function MessageField({ placeholder }: { placeholder: string }) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium text-slate-800 dark:text-slate-200">
        Message to customers (optional)
      </label>
      <textarea id={id} name="message" rows={3} maxLength={5000} placeholder={placeholder} className={`${controlClass} min-h-20`} />
    </div>
  );
}
