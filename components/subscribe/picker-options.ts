import type { PublicRow } from "@/server/public/snapshot-types";

export type PickerOption = { id: string; name: string };
/** The page's layout for the chooser: ungrouped components on their own, groups with their members. */
export type PickerSection = { group: string | null; components: PickerOption[] };

/** Sections in page order; consecutive ungrouped components share one unnamed section. */
export function pickerSections(rows: PublicRow[]): PickerSection[] {
  const sections: PickerSection[] = [];
  for (const row of rows) {
    if (row.kind === "group") {
      sections.push({ group: row.group.name, components: row.group.components.map(({ id, name }) => ({ id, name })) });
      continue;
    }
    const last = sections.at(-1);
    const option = { id: row.component.id, name: row.component.name };
    if (last && last.group === null) last.components.push(option);
    else sections.push({ group: null, components: [option] });
  }
  return sections;
}
