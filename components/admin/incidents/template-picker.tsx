"use client";

import { useId } from "react";
import { controlClass, SelectField } from "@/components/ui/field";
import { UPDATE_TEMPLATES, type UpdateTemplate } from "@/lib/domain/update-templates";

type Props = {
  /** Only templates for these statuses (all when omitted). */
  statuses?: string[];
  /** Current text: replacing edited text asks first. */
  current: string;
  onPick: (template: UpdateTemplate) => void;
};

/** Prefills the update text (and status) from a well-written starting point. */
function TemplatePicker({ statuses, current, onPick }: Props) {
  const id = useId();
  const templates = statuses ? UPDATE_TEMPLATES.filter((t) => statuses.includes(t.status)) : UPDATE_TEMPLATES;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-800 dark:text-slate-200">
        Template
      </label>
      <select
        id={id}
        value=""
        className={controlClass}
        onChange={(e) => {
          const template = UPDATE_TEMPLATES.find((t) => t.id === e.target.value);
          if (!template) return;
          const untouched = current.trim() === "" || UPDATE_TEMPLATES.some((t) => t.body === current);
          if (untouched || window.confirm("Replace the text you wrote with this template?")) onPick(template);
        }}
      >
        <option value="">Start from a template…</option>
        {templates.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The update's status, and a template that sets status and text together (only templates for the offered statuses). */
export function StatusAndTemplate({
  options,
  status,
  body,
  errors,
  onChange,
}: {
  options: Array<{ value: string; label: string }>;
  status: string;
  body: string;
  errors?: string[];
  onChange: (next: { status: string; body?: string }) => void;
}) {
  return (
    <>
      <SelectField
        label="Status"
        name="status"
        options={options}
        value={status}
        onChange={(e) => onChange({ status: e.target.value })}
        errors={errors}
      />
      <TemplatePicker statuses={options.map((o) => o.value)} current={body} onPick={(t) => onChange({ status: t.status, body: t.body })} />
    </>
  );
}
