import type { ChoosableComponent } from "@/server/subscriber";

/** Components to tick, grouped as on the page; none ticked = all components. */
export function ComponentCheckboxes({ components, name = "componentIds" }: { components: ChoosableComponent[]; name?: string }) {
  if (components.length === 0) return null;
  const groups = new Map<string | null, ChoosableComponent[]>();
  for (const c of components) groups.set(c.group, [...(groups.get(c.group) ?? []), c]);
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-1 text-sm font-medium text-slate-800 dark:text-slate-200">Components</legend>
      <p className="text-xs text-slate-600 dark:text-slate-400">Leave all unticked for every component (including ones added later).</p>
      <div className="flex flex-wrap gap-x-6 gap-y-3">
        {[...groups].map(([group, members]) => (
          <div key={group ?? ""} className="flex flex-col gap-1">
            {group && <span className="text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">{group}</span>}
            {members.map((c) => (
              <label key={c.id} className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  name={name}
                  value={c.id}
                  className="size-4 rounded border-slate-400 accent-slate-900 dark:accent-white"
                />
                {c.name}
              </label>
            ))}
          </div>
        ))}
      </div>
    </fieldset>
  );
}
