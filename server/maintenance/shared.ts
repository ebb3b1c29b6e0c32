import { randomBytes } from "node:crypto";
import type { Tx } from "@/server/context";
import { NotFoundError, ValidationError } from "@/server/errors";
import { slugify } from "@/server/seed/slug";

/** The maintenance with its component ids: what the audit log records before and after. */
export async function readMaintenance(tx: Tx, id: string) {
  const row = await tx.maintenance.findUnique({ where: { id }, include: { components: { select: { componentId: true } } } });
  if (!row) throw NotFoundError.of("Maintenance");
  const { components, ...rest } = row;
  return { ...rest, componentIds: components.map((c) => c.componentId).sort() };
}

export type MaintenanceRecord = Awaited<ReturnType<typeof readMaintenance>>;

/** Refuses ids that are not components, naming the field. */
export async function assertComponentsExist(tx: Tx, ids: string[]): Promise<void> {
  const found = await tx.component.count({ where: { id: { in: ids } } });
  if (found !== new Set(ids).size) throw ValidationError.field("componentIds", "One of the chosen components does not exist (any more)");
}

/** "Queue cluster upgrade" → "queue-cluster-upgrade-7a2f9c": readable, and unique without a lookup. */
export function maintenanceSlug(title: string): string {
  const base = slugify(title).slice(0, 60).replace(/-+$/, "") || "maintenance";
  return `${base}-${randomBytes(3).toString("hex")}`;
}
