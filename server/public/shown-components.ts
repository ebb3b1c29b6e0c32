import type { PublicComponent, PublicSnapshot } from "./snapshot-types";

export type ShownComponent = { component: PublicComponent; groupName: string | null };

/** Every component the page shows, in page order, with the group it sits in. */
export function shownComponents(snapshot: PublicSnapshot): ShownComponent[] {
  return snapshot.rows.flatMap((row): ShownComponent[] =>
    row.kind === "component"
      ? [{ component: row.component, groupName: null }]
      : row.group.components.map((component) => ({ component, groupName: row.group.name })),
  );
}
