"use client";

import { useId, useState } from "react";
import type { PickerSection } from "./picker-options";
import { FieldErrors } from "@/components/ui/field";
import { useLanguage } from "@/components/i18n/language";
import { messages } from "@/lib/i18n";

type Props = {
  sections: PickerSection[];
  /** Empty: all components. */
  selected: string[];
  errors?: string[];
};

const radio = "mt-0.5 size-4 accent-slate-900 dark:accent-white";
const checkbox = "mt-0.5 size-4 rounded border-slate-400 accent-slate-900 dark:accent-white";

/**
 * "All components" (the default, which also covers components added later) or a choice among the
 * page's components, grouped as on the page. Sends `scope` (all | some) and `componentIds`.
 */
export function ComponentPicker({ sections, selected, errors }: Props) {
  const [scope, setScope] = useState<"all" | "some">(selected.length ? "some" : "all");
  const id = useId();
  const t = messages(useLanguage()).subscribe;
  const errorId = `${id}-error`;
  if (sections.length === 0) return <input type="hidden" name="scope" value="all" />;
  return (
    <fieldset className="flex flex-col gap-3" aria-describedby={errors?.length ? errorId : undefined}>
      <legend className="mb-2 text-sm font-medium text-slate-800 dark:text-slate-200">{t.which}</legend>
      <label className="flex items-start gap-2 text-sm">
        <input type="radio" name="scope" value="all" checked={scope === "all"} onChange={() => setScope("all")} className={radio} />
        <span>
          <span className="font-medium">{t.all}</span>
          <span className="block text-xs text-slate-600 dark:text-slate-400">{t.allHint}</span>
        </span>
      </label>
      <label className="flex items-start gap-2 text-sm">
        <input type="radio" name="scope" value="some" checked={scope === "some"} onChange={() => setScope("some")} className={radio} />
        <span className="font-medium">{t.some}</span>
      </label>
      {scope === "some" && (
        <div className="ml-6 flex flex-col divide-y divide-slate-200 rounded-lg border border-slate-200 px-3 dark:divide-slate-800 dark:border-slate-800">
          {sections.map((section, index) => (
            <fieldset key={section.group ?? `ungrouped-${index}`} className="flex flex-col gap-2 py-3">
              {section.group && (
                <legend className="mb-1 text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">
                  {section.group}
                </legend>
              )}
              {section.components.map((component) => (
                <label key={component.id} className="flex items-start gap-2 text-sm">
                  <input
                    type="checkbox"
                    name="componentIds"
                    value={component.id}
                    defaultChecked={selected.includes(component.id)}
                    className={checkbox}
                  />
                  <span>{component.name}</span>
                </label>
              ))}
            </fieldset>
          ))}
        </div>
      )}
      <FieldErrors id={errorId} errors={errors} />
    </fieldset>
  );
}
