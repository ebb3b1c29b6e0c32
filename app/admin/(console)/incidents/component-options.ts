import type { AdminRow } from "@/server/component";
import type { ComponentOption } from "@/components/admin/incidents/types";

/** The page's components in page order, each with its group's name, for the incident pickers. */
export function componentOptions(rows: AdminRow[]): ComponentOption[] {
  return rows.flatMap((row): ComponentOption[] =>
    row.kind === "group"
      ? row.group.components.map((c) => ({ id: c.id, name: c.name, group: row.group.name, status: c.status }))
      : [{ id: row.component.id, name: row.component.name, group: null, status: row.component.status }],
  );
}
