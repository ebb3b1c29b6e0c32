import { randomBytes } from "node:crypto";
import type { Tx } from "@/server/context";
import { assertComponentsExist } from "@/server/component/exists";
import { NotFoundError } from "@/server/errors";
import { slugBase } from "@/lib/domain/slug";

/** The maintenance with its component ids: what the audit log records before and after. */
export async function readMaintenance(tx: Tx, id: string) {
  const row = await tx.maintenance.findUnique({ where: { id }, include: { components: { select: { componentId: true } } } });
  if (!row) throw NotFoundError.of("Maintenance");
  const { components, ...rest } = row;
  return { ...rest, componentIds: components.map((c) => c.componentId).sort() };
}

export type MaintenanceRecord = Awaited<ReturnType<typeof readMaintenance>>;

/** Refuses ids that are not components, on the form's one field for them. */
export function assertMaintenanceComponentsExist(tx: Tx, ids: string[]): Promise<void> {
  const refs = ids.map((componentId) => ({ componentId, field: "componentIds" }));
  return assertComponentsExist(tx, refs, "One of the chosen components does not exist (any more)");
}

/** "Queue cluster upgrade" → "queue-cluster-upgrade-7a2f9c": readable, and unique without a lookup. */
export function maintenanceSlug(title: string): string {
  const base = slugBase(title, "maintenance");
  return `${base}-${randomBytes(3).toString("hex")}`;
}
