import type { Db } from "@/server/db";
import { overallStatus, type OverallStatus } from "./overall";
import { IncidentImpact, worstStatus, type ComponentStatus } from "./statuses";

export type PublicComponent = { id: string; name: string; description: string | null; status: ComponentStatus };
export type PublicGroup = { id: string; name: string; status: ComponentStatus; components: PublicComponent[] };
export type PublicIncidentSummary = { id: string; slug: string; title: string; impact: IncidentImpact; status: string };

export type PublicStatus = {
  pageName: string;
  overall: OverallStatus;
  /** Top-level rows in page order: a group with its members, or a component on its own. */
  rows: Array<{ kind: "group"; group: PublicGroup } | { kind: "component"; component: PublicComponent }>;
  openIncidents: PublicIncidentSummary[];
  generatedAt: string;
};

function toComponent(row: { id: string; name: string; description: string | null; status: string }): PublicComponent {
  return { id: row.id, name: row.name, description: row.description, status: worstStatus([row.status]) };
}

/** What the public page shows, as an explicit shape (never raw rows). */
export async function getPublicStatus(db: Db, now = new Date()): Promise<PublicStatus> {
  const [setting, groups, components, incidents, maintenanceCount] = await Promise.all([
    db.setting.findUnique({ where: { id: "default" } }),
    db.componentGroup.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }] }),
    db.component.findMany({ where: { showcase: true }, orderBy: [{ position: "asc" }, { name: "asc" }] }),
    db.incident.findMany({
      where: { publishedAt: { not: null }, resolvedAt: null },
      orderBy: { startedAt: "desc" },
      select: { id: true, slug: true, title: true, impact: true, status: true },
    }),
    db.maintenance.count({ where: { status: { in: ["in_progress", "verifying"] }, cancelledAt: null } }),
  ]);

  const visible = components.filter((c) => !c.onlyShowIfDegraded || c.status !== "operational");
  const byGroup = new Map<string, PublicComponent[]>();
  const rows: PublicStatus["rows"] = [];
  const positioned: Array<{ position: number; row: PublicStatus["rows"][number] }> = [];
  for (const component of visible) {
    if (component.groupId) {
      const list = byGroup.get(component.groupId) ?? [];
      list.push(toComponent(component));
      byGroup.set(component.groupId, list);
    } else {
      positioned.push({ position: component.position, row: { kind: "component", component: toComponent(component) } });
    }
  }
  for (const group of groups) {
    const members = byGroup.get(group.id);
    if (!members?.length) continue;
    const status = worstStatus(members.map((m) => m.status));
    positioned.push({ position: group.position, row: { kind: "group", group: { id: group.id, name: group.name, status, components: members } } });
  }
  positioned.sort((a, b) => a.position - b.position);
  for (const { row } of positioned) rows.push(row);

  const openIncidents = incidents.map((incident) => ({
    ...incident,
    impact: IncidentImpact.catch("none").parse(incident.impact),
  }));
  return {
    pageName: setting?.pageName ?? "Status",
    overall: overallStatus({
      componentStatuses: visible.map((c) => c.status),
      openIncidentImpacts: openIncidents.map((i) => i.impact),
      maintenanceInProgress: maintenanceCount > 0,
    }),
    rows,
    openIncidents,
    generatedAt: now.toISOString(),
  };
}
