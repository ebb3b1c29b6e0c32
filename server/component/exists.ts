import type { Tx } from "@/server/context";
import { ValidationError } from "@/server/errors";

export type ComponentRef = { componentId: string; field: string };

/** Every referenced component must exist; the error names each field that refers to a missing one. */
export async function assertComponentsExist(tx: Tx, refs: ComponentRef[], message = "This component does not exist"): Promise<void> {
  if (refs.length === 0) return;
  const found = await tx.component.findMany({ where: { id: { in: [...new Set(refs.map((r) => r.componentId))] } }, select: { id: true } });
  const known = new Set(found.map((c) => c.id));
  const missing = refs.filter((r) => !known.has(r.componentId));
  if (missing.length > 0)
    throw new ValidationError(Object.fromEntries(missing.map((r) => [r.field, [message]])), "A component does not exist");
}
