import { controlClass } from "@/components/ui/field";
import { COMPONENT_STATUS_LABEL, labelOf } from "@/lib/domain/labels";
import { AFFECTED_STATUS_OPTIONS, COMPONENT_STATUS_TONE } from "./labels";
import type { ComponentOption } from "./types";

type Mode = "affect" | "change" | "backfill";

const EMPTY: Record<Mode, string> = { affect: "Not affected", change: "No change", backfill: "Not affected" };
const BACKFILL_LABEL: Record<string, string> = { operational: "Affected, no outage" };

type Props = {
  components: ComponentOption[];
  mode: Mode;
  legend: string;
  hint?: string;
  /** Components of this incident: listed first and marked. */
  affectedIds?: string[];
  errors?: string[];
};

/** One select per component, posted as `component.<id>`; empty means untouched. Grouped, dense, tab-friendly. */
export function ComponentStatusPicker({ components, mode, legend, hint, affectedIds = [], errors }: Props) {
  const affected = new Set(affectedIds);
  const ordered = [...components.filter((c) => affected.has(c.id)), ...components.filter((c) => !affected.has(c.id))];
  if (components.length === 0) {
    return <p className="text-sm text-slate-600 dark:text-slate-400">No components yet: add them under Components first.</p>;
  }
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="text-sm font-medium text-slate-800 dark:text-slate-200">{legend}</legend>
      {hint && <p className="-mt-1 text-xs text-slate-600 dark:text-slate-400">{hint}</p>}
      <div className="max-h-80 overflow-auto rounded-md border border-slate-200 dark:border-slate-800">
        <table className="w-full text-sm">
          <thead className="sr-only">
            <tr>
              <th>Component</th>
              <th>Now</th>
              <th>Set to</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
            {ordered.map((c) => (
              <tr key={c.id}>
                <td className="px-3 py-1.5">
                  <label htmlFor={`pick-${mode}-${c.id}`} className="font-medium">
                    {c.group && <span className="font-normal text-slate-600 dark:text-slate-400">{c.group} / </span>}
                    {c.name}
                  </label>
                  {affected.has(c.id) && <span className="ml-2 text-xs text-slate-600 dark:text-slate-400">affected</span>}
                </td>
                <td className={`px-3 py-1.5 text-xs whitespace-nowrap ${COMPONENT_STATUS_TONE[c.status] ?? ""}`}>
                  {mode === "backfill" ? null : labelOf(COMPONENT_STATUS_LABEL, c.status)}
                </td>
                <td className="w-56 px-3 py-1">
                  <select id={`pick-${mode}-${c.id}`} name={`component.${c.id}`} defaultValue="" className={`${controlClass} py-1`}>
                    <option value="">{EMPTY[mode]}</option>
                    {AFFECTED_STATUS_OPTIONS.map((o) => (
                      <option key={o.value} value={o.value}>
                        {mode === "backfill" ? (BACKFILL_LABEL[o.value] ?? o.label) : o.label}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {errors?.length ? (
        <p role="alert" className="text-xs font-medium text-red-700 dark:text-red-400">
          {errors.join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}
