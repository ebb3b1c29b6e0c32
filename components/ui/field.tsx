import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

export const controlClass =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-900 shadow-xs placeholder:text-slate-500 focus:border-blue-600 focus:outline-2 focus:outline-blue-600/30 aria-[invalid=true]:border-red-600 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100";

type FieldProps = {
  label: string;
  name: string;
  errors?: string[];
  hint?: ReactNode;
  /** Only where one page holds two fields of the same name (default `field-<name>`). */
  id?: string;
  children: (ids: ControlIds) => ReactNode;
};
export type ControlIds = { id: string; name: string; "aria-invalid"?: boolean; "aria-describedby"?: string };

/** Label, control, hint and the server's field errors, wired for screen readers. */
export function Field({ label, name, errors, hint, id = `field-${name}`, children }: FieldProps) {
  const describedBy = [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-800 dark:text-slate-200">
        {label}
      </label>
      {children({ id, name, "aria-invalid": errors?.length ? true : undefined, "aria-describedby": describedBy || undefined })}
      {hint && <FieldHint id={`${id}-hint`}>{hint}</FieldHint>}
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}

export function FieldHint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="text-xs text-slate-600 dark:text-slate-400">
      {children}
    </p>
  );
}

/** The server's messages for one field, announced when they appear; nothing when there are none. */
export function FieldErrors({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={id} role="alert" className="text-xs font-medium text-red-700 dark:text-red-400">
      {errors.join(" ")}
    </p>
  );
}

export function TextField({
  label,
  name,
  errors,
  hint,
  id,
  ...props
}: Omit<FieldProps, "children"> & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Field label={label} name={name} errors={errors} hint={hint} id={id}>
      {(ids) => <input {...ids} {...props} className={controlClass} />}
    </Field>
  );
}

export function TextAreaField({
  label,
  name,
  errors,
  hint,
  ...props
}: Omit<FieldProps, "children"> & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <Field label={label} name={name} errors={errors} hint={hint}>
      {(ids) => <textarea {...ids} {...props} className={`${controlClass} min-h-28 font-mono`} />}
    </Field>
  );
}

export function SelectField({
  label,
  name,
  errors,
  hint,
  options,
  id,
  ...props
}: Omit<FieldProps, "children"> & SelectHTMLAttributes<HTMLSelectElement> & { options: Array<{ value: string; label: string }> }) {
  return (
    <Field label={label} name={name} errors={errors} hint={hint} id={id}>
      {(ids) => (
        <select {...ids} {...props} className={controlClass}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function CheckboxField({
  label,
  name,
  hint,
  ...props
}: { label: string; name: string; hint?: ReactNode } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <label className="flex items-start gap-2 text-sm">
      <input
        type="checkbox"
        name={name}
        value="on"
        {...props}
        className="mt-0.5 size-4 rounded border-slate-400 accent-slate-900 dark:accent-white"
      />
      <span>
        <span className="font-medium text-slate-800 dark:text-slate-200">{label}</span>
        {hint && <span className="block text-xs text-slate-600 dark:text-slate-400">{hint}</span>}
      </span>
    </label>
  );
}
