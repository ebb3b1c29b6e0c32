import type { ReactNode } from "react";
import { FieldErrors } from "./field";

export const checkboxClass = "size-4 rounded border-slate-400 accent-slate-900 dark:accent-white";

type Option = { value: string; label: ReactNode };

/** A legend, one checkbox per option in a scrolling box, and the field's errors wired for screen readers. */
export function CheckboxList({
  legend,
  name,
  options,
  checked,
  errors,
  boxClassName = "max-h-48 sm:grid-cols-2",
}: {
  legend: string;
  name: string;
  options: Option[];
  checked: ReadonlySet<string>;
  errors?: string[];
  boxClassName?: string;
}) {
  const errorId = `${name}-error`;
  return (
    <fieldset className="flex flex-col gap-1">
      <legend className="text-sm font-medium text-slate-800 dark:text-slate-200">{legend}</legend>
      <div
        className={`grid gap-x-4 gap-y-1 overflow-y-auto rounded-md border border-slate-300 bg-white p-2 text-sm dark:border-slate-700 dark:bg-slate-900 ${boxClassName}`}
        aria-describedby={errors?.length ? errorId : undefined}
      >
        {options.map((o) => (
          <label key={o.value} className="flex items-center gap-2">
            <input type="checkbox" name={name} value={o.value} defaultChecked={checked.has(o.value)} className={checkboxClass} />
            {o.label}
          </label>
        ))}
      </div>
      <FieldErrors id={errorId} errors={errors} />
    </fieldset>
  );
}
