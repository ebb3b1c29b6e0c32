"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { AdminRow } from "@/server/component/list-components";
import { ComponentActionsProvider, type ComponentActions } from "./actions-context";
import { ComponentForm } from "./component-form";
import { ComponentRow, type Permissions } from "./component-row";
import { GroupForm } from "./group-form";
import { GroupRow } from "./group-row";
import { LiveRegion } from "./live-region";
import { useSortable } from "./sortable";

type Props = Permissions & { rows: AdminRow[]; actions: ComponentActions };

const rowId = (row: AdminRow) => (row.kind === "group" ? row.group.id : row.component.id);
const rowName = (row: AdminRow) => (row.kind === "group" ? row.group.name : row.component.name);

/** Groups and components in page order, each orderable with keyboard-accessible buttons. */
export function ComponentsConsole({ rows, actions, ...can }: Props) {
  return (
    <ComponentActionsProvider value={actions}>
      <LiveRegion>
        <Console rows={rows} {...can} />
      </LiveRegion>
    </ComponentActionsProvider>
  );
}

function Console({ rows, ...can }: Permissions & { rows: AdminRow[] }) {
  // One form open at a time: "new-component", "new-group", "new-in:<groupId>" or the id being edited.
  const [editing, setEditing] = useState<string | null>(null);
  const items = rows.map((row) => ({ id: rowId(row), name: rowName(row), row }));
  const { sorted, move } = useSortable(null, items, "on the page");
  const groups = rows.flatMap((row) => (row.kind === "group" ? [{ id: row.group.id, name: row.group.name }] : []));
  const close = () => setEditing(null);
  return (
    <div className="flex flex-col gap-3">
      {can.canWrite && (
        <div className="flex gap-2">
          <Button size="sm" onClick={() => setEditing("new-component")}>
            Add component
          </Button>
          <Button size="sm" variant="secondary" onClick={() => setEditing("new-group")}>
            Add group
          </Button>
        </div>
      )}
      {editing === "new-component" && <ComponentForm groups={groups} onClose={close} />}
      {editing === "new-group" && <GroupForm onClose={close} />}
      {sorted.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">No components yet.</p>
      ) : (
        <ol
          className="divide-y divide-slate-200 overflow-hidden rounded-lg border border-slate-200 text-sm dark:divide-slate-800 dark:border-slate-800"
          aria-label="Page order"
        >
          {sorted.map((item, index) => {
            const { row } = item;
            return (
              <li key={item.id}>
                {row.kind === "group" ? (
                  <GroupRow
                    group={row.group}
                    groups={groups}
                    index={index}
                    count={sorted.length}
                    onMove={(d) => move(item, d)}
                    editing={editing}
                    setEditing={setEditing}
                    {...can}
                  />
                ) : (
                  <>
                    <ComponentRow
                      component={row.component}
                      index={index}
                      count={sorted.length}
                      onMove={(d) => move(item, d)}
                      onEdit={() => setEditing(row.component.id)}
                      {...can}
                    />
                    {editing === row.component.id && (
                      <div className="p-3">
                        <ComponentForm component={row.component} groups={groups} onClose={close} />
                      </div>
                    )}
                  </>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
