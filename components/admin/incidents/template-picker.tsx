"use client";

import { useId } from "react";
import { controlClass } from "@/components/ui/field";
import { UPDATE_TEMPLATES, type UpdateTemplate } from "@/lib/domain/update-templates";

type Props = {
  /** Only templates for these statuses (all when omitted). */
  statuses?: string[];
  /** Current text: replacing edited text asks first. */
  current: string;
  onPick: (template: UpdateTemplate) => void;
};

/** Prefills the update text (and status) from a well-written starting point. */
export function TemplatePicker({ statuses, current, onPick }: Props) {
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
