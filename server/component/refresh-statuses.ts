import type { Tx } from "@/server/context";
import { deriveComponentStatus } from "@/server/status/derive-component-status";
import { record } from "@/server/outbox";

/**
 * Recomputes the automatic status of the given components from their open windows (of published
 * incidents) and running maintenance. Components set by hand (statusSource "manual") keep theirs.
 * Returns the changes, for incident updates' affected_components.
 */
export async function refreshComponentStatuses(
  tx: Tx,
  componentIds: string[],
): Promise<Array<{ componentId: string; oldStatus: string; newStatus: string }>> {
  if (componentIds.length === 0) return [];
  const components = await tx.component.findMany({
    where: { id: { in: [...new Set(componentIds)] }, statusSource: "auto" },
    select: {
      id: true,
      status: true,
      windows: {
        where: { endedAt: null, OR: [{ incidentId: null }, { incident: { publishedAt: { not: null } } }] },
        select: { severity: true },
      },
      maintenances: {
        where: { maintenance: { status: { in: ["in_progress", "verifying"] }, cancelledAt: null } },
        select: { maintenanceId: true },
      },
    },
  });
  const changes = [];
  for (const component of components) {
    const status = deriveComponentStatus({
      openSeverities: component.windows.map((w) => w.severity),
      maintenanceActive: component.maintenances.length > 0,
    });
    if (status === component.status) continue;
    await tx.component.update({ where: { id: component.id }, data: { status } });
    changes.push({ componentId: component.id, oldStatus: component.status, newStatus: status });
    await record(tx, {
      type: "component.status_changed",
      componentId: component.id,
      oldStatus: component.status,
      newStatus: status,
      at: new Date(),
    });
  }
  return changes;
}
