"use client";

import { Button, EditButton } from "@/components/ui/button";
import type { AdminGroup } from "@/server/component/list-components";
import { useComponentActions } from "./actions-context";
import { ComponentForm } from "./component-form";
import { ComponentRow, type Permissions } from "./component-row";
import { ConfirmDialog } from "./confirm-dialog";
import { GroupForm } from "./group-form";
import { useAnnounce } from "./live-region";
import { MoveButtons, useSortable } from "./sortable";

type Props = Permissions & {
  group: AdminGroup;
  groups: Array<{ id: string; name: string }>;
  index: number;
  count: number;
  onMove: (delta: -1 | 1) => void;
  editing: string | null;
  setEditing: (id: string | null) => void;
};

/** A group header (order, edit, delete) and its own orderable list of components. */
export function GroupRow({ group, groups, index, count, onMove, editing, setEditing, ...can }: Props) {
  const actions = useComponentActions();
  const announce = useAnnounce();
  const { sorted, move } = useSortable(group.id, group.components, `in ${group.name}`);
  const headingId = `group-${group.id}`;
  return (
    <section aria-labelledby={headingId} data-group={group.name}>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1.5 bg-slate-100 px-3 py-2 dark:bg-slate-800/60">
        {can.canWrite && <MoveButtons name={`group ${group.name}`} index={index} count={count} onMove={onMove} />}
        <div className="min-w-40 flex-1">
          <h3 id={headingId} className="font-semibold">
            {group.name}
            <span className="ml-2 text-xs font-normal text-slate-600 dark:text-slate-400">
              Group · {group.components.length} {group.components.length === 1 ? "component" : "components"}
              {group.collapsed ? " · collapsed" : ""}
            </span>
          </h3>
          {group.description && <p className="text-xs text-slate-600 dark:text-slate-400">{group.description}</p>}
        </div>
        {can.canWrite && (
          <span className="flex gap-1">
            <Button
              size="sm"
              variant="ghost"
              onClick={() => setEditing(`new-in:${group.id}`)}
              aria-label={`Add a component to ${group.name}`}
            >
              Add component
            </Button>
            <EditButton what={`group ${group.name}`} onClick={() => setEditing(group.id)} />
            <ConfirmDialog
              label="Delete"
              ariaLabel={`Delete group ${group.name}`}
              triggerVariant="ghost"
              title={`Delete the group ${group.name}?`}
              confirmLabel="Delete group"
              onConfirm={() => actions.deleteGroup(group.id)}
              onDone={() => announce(`Group ${group.name} deleted; its components are now at the top level.`, "ok")}
            >
              {group.components.length > 0
                ? `Its ${group.components.length} ${group.components.length === 1 ? "component moves" : "components move"} to the top level of the page, in the group's place. Nothing else is deleted.`
                : "The group is empty; nothing else changes."}
            </ConfirmDialog>
          </span>
        )}
      </div>
      {editing === group.id && (
        <div className="p-3">
          <GroupForm group={group} onClose={() => setEditing(null)} />
        </div>
      )}
      {editing === `new-in:${group.id}` && (
        <div className="p-3">
          <ComponentForm groups={groups} defaultGroupId={group.id} onClose={() => setEditing(null)} />
        </div>
      )}
      {sorted.length === 0 ? (
        <p className="py-2 pl-12 text-xs text-slate-600 dark:text-slate-400">No components in this group; it is not shown on the page.</p>
      ) : (
        <ul
          className="divide-y divide-slate-200 border-l-4 border-slate-100 pl-6 dark:divide-slate-800 dark:border-slate-800/60"
          aria-label={`Components in ${group.name}`}
        >
          {sorted.map((component, i) => (
            <li key={component.id}>
              <ComponentRow
                component={component}
                index={i}
                count={sorted.length}
                onMove={(d) => move(component, d)}
                onEdit={() => setEditing(component.id)}
                {...can}
              />
              {editing === component.id && (
                <div className="p-3">
                  <ComponentForm component={component} groups={groups} onClose={() => setEditing(null)} />
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
