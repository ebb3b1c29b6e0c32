import type { PublicSnapshot } from "@/server/public/snapshot-types";
import type { ComponentStatus } from "@/lib/domain/statuses";
import type { Badge } from "./badge-svg";

// Colours dark enough for white text (contrast ≥ 4.5:1), each paired with a text message.
export const STATUS_BADGE: Record<ComponentStatus, { message: string; color: string }> = {
  operational: { message: "operational", color: "#2e7d32" },
  degraded_performance: { message: "degraded", color: "#8a5a00" },
  partial_outage: { message: "partial outage", color: "#c2410c" },
  major_outage: { message: "major outage", color: "#b91c1c" },
  under_maintenance: { message: "maintenance", color: "#1d4ed8" },
};

export const NOT_FOUND_BADGE: Badge = { label: "status", message: "unknown component", color: "#6b7280" };
export const UNAVAILABLE_BADGE: Badge = { label: "status", message: "unavailable", color: "#6b7280" };

/** The badge for the whole page, or for one shown component or group by id; null when there is no such id. */
export function statusBadge(snapshot: PublicSnapshot, id?: string | null): Badge | null {
  const status = id ? findStatus(snapshot, id) : snapshot.overall.status;
  return status ? { label: "status", ...STATUS_BADGE[status] } : null;
}

function findStatus(snapshot: PublicSnapshot, id: string): ComponentStatus | null {
  for (const row of snapshot.rows) {
    if (row.kind === "component" && row.component.id === id) return row.component.status;
    if (row.kind === "group") {
      if (row.group.id === id) return row.group.status;
      const component = row.group.components.find((c) => c.id === id);
      if (component) return component.status;
    }
  }
  return null;
}
