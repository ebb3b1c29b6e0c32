import { authorize, type Ctx } from "@/server/context";
import { statusRank } from "@/lib/domain/statuses";

const LIST_LIMIT = 6;
const ACTIVE_MAINTENANCE = ["scheduled", "in_progress", "verifying"];

/** What needs attention now: open incidents, drafts, upcoming or running maintenance, degraded components. */
export async function getDashboardSummary({ ctx, now = new Date() }: { ctx: Ctx; now?: Date }) {
  authorize(ctx, "admin:read");
  const { db } = ctx;
  const openWhere = { publishedAt: { not: null }, resolvedAt: null };
  const maintenanceWhere = { cancelledAt: null, status: { in: ACTIVE_MAINTENANCE } };
  const [openCount, openIncidents, draftCount, drafts, maintenanceCount, maintenance, components, componentCount] = await Promise.all([
    db.incident.count({ where: openWhere }),
    db.incident.findMany({
      where: openWhere,
      orderBy: { startedAt: "desc" },
      take: LIST_LIMIT,
      select: { id: true, slug: true, title: true, impact: true, status: true, startedAt: true },
    }),
    db.incident.count({ where: { publishedAt: null } }),
    // Drafts wait for an engineer (alerts open them): the newest first, so a fresh one is seen at once.
    db.incident.findMany({
      where: { publishedAt: null },
      orderBy: { createdAt: "desc" },
      take: LIST_LIMIT,
      select: { id: true, title: true, impact: true, createdAt: true },
    }),
    db.maintenance.count({ where: maintenanceWhere }),
    db.maintenance.findMany({
      where: maintenanceWhere,
      orderBy: { scheduledStart: "asc" },
      take: LIST_LIMIT,
      select: { id: true, title: true, status: true, scheduledStart: true, scheduledEnd: true },
    }),
    db.component.findMany({ where: { status: { not: "operational" } }, select: { id: true, name: true, status: true } }),
    db.component.count(),
  ]);
  return {
    now,
    openIncidents: { count: openCount, items: openIncidents },
    draftIncidents: draftCount,
    drafts,
    maintenance: { count: maintenanceCount, items: maintenance },
    // Worst first, then by name.
    degradedComponents: components.sort((a, b) => statusRank(a.status) - statusRank(b.status) || a.name.localeCompare(b.name)),
    componentCount,
  };
}

export type DashboardSummary = Awaited<ReturnType<typeof getDashboardSummary>>;
