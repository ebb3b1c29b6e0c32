/** A component as the incident forms offer it (page order, group name for context). */
export type ComponentOption = { id: string; name: string; group: string | null; status: string };
