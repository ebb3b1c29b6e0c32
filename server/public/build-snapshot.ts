import type { Db } from "@/server/db";
import { toLanguage } from "@/lib/i18n/languages";
import { componentSlugs } from "@/lib/domain/slug";
import { worstStatus } from "@/lib/domain/statuses";
import { arrangeRows } from "./arrange-rows";
import { pageIdentity, pageOverall, toApiComponent, toApiGroup } from "./page-status";
import type { PublicBrand, PublicComponent, PublicSnapshot } from "./snapshot-types";
import { toIncident, toIncidentSummary, toMaintenance } from "./to-public";

export const UPTIME_DAYS = 90;
/** The longest range a component page shows (its windows and maintenance are kept this far back). */
export const COMPONENT_HISTORY_DAYS = 365;
const DAY_MS = 86_400_000;
const PAST_MAINTENANCE_LIMIT = 50;
/** Incidents the Statuspage-compatible API lists (Statuspage lists the 50 most recent). */
export const API_INCIDENT_LIMIT = 50;

export const incidentInclude = {
  components: { select: { component: { select: { id: true, name: true } } } },
  updates: {
    orderBy: { displayAt: "desc" },
    include: { components: { include: { component: { select: { name: true } } } } },
  },
  windows: { orderBy: { startedAt: "asc" }, include: { component: { select: { name: true } } } },
  postmortem: { select: { body: true, publishedAt: true } },
} as const;

export const maintenanceInclude = {
  components: { select: { component: { select: { id: true, name: true } } } },
  updates: { orderBy: { displayAt: "desc" } },
} as const;

/** Reads everything the public pages show. The revision is read first, so a publish racing this build triggers another. */
export async function buildPublicSnapshot(db: Db, now = new Date()): Promise<PublicSnapshot> {
  const revision = (await db.publicRevision.findUnique({ where: { id: "public" } }))?.revision ?? 0;
  // One extra day: the first bar is a whole calendar day in any time zone.
  const rangeStart = new Date(now.getTime() - (UPTIME_DAYS + 1) * DAY_MS);
  const componentRangeStart = new Date(now.getTime() - (COMPONENT_HISTORY_DAYS + 1) * DAY_MS);
  const published = { publishedAt: { not: null } };
  const maintenanceVisible = { publishedAt: { not: null }, cancelledAt: null };

  const [setting, groups, components, windows, maintenanceSpans, recent, history, active, upcoming, past, latest] = await Promise.all([
    db.setting.findUnique({ where: { id: "default" } }),
    db.componentGroup.findMany(),
    db.component.findMany({ where: { showcase: true } }),
    db.degradationWindow.findMany({
      where: { startedAt: { lte: now }, OR: [{ endedAt: null }, { endedAt: { gte: componentRangeStart } }] },
      select: {
        componentId: true,
        severity: true,
        startedAt: true,
        endedAt: true,
        incidentId: true,
        incident: { select: { publishedAt: true } },
      },
    }),
    db.maintenanceComponent.findMany({
      where: {
        maintenance: {
          ...maintenanceVisible,
          startedAt: { not: null },
          OR: [{ completedAt: null }, { completedAt: { gte: componentRangeStart } }],
        },
      },
      select: { componentId: true, maintenance: { select: { startedAt: true, completedAt: true } } },
    }),
    db.incident.findMany({
      where: { ...published, OR: [{ resolvedAt: null }, { resolvedAt: { gte: rangeStart } }, { startedAt: { gte: rangeStart } }] },
      orderBy: { startedAt: "desc" },
      include: incidentInclude,
    }),
    db.incident.findMany({
      where: published,
      orderBy: { startedAt: "desc" },
      select: {
        id: true,
        slug: true,
        title: true,
        impact: true,
        status: true,
        startedAt: true,
        resolvedAt: true,
        components: { select: { componentId: true } },
      },
    }),
    db.maintenance.findMany({
      where: { ...maintenanceVisible, status: { in: ["in_progress", "verifying"] } },
      orderBy: { scheduledStart: "asc" },
      include: maintenanceInclude,
    }),
    db.maintenance.findMany({
      where: { ...maintenanceVisible, status: "scheduled", scheduledEnd: { gt: now } },
      orderBy: { scheduledStart: "asc" },
      include: maintenanceInclude,
    }),
    db.maintenance.findMany({
      where: { ...maintenanceVisible, status: "completed" },
      orderBy: { scheduledStart: "desc" },
      take: PAST_MAINTENANCE_LIMIT,
      include: maintenanceInclude,
    }),
    db.incident.findMany({ where: published, orderBy: { startedAt: "desc" }, take: API_INCIDENT_LIMIT, include: incidentInclude }),
  ]);

  const slugs = componentSlugs(components);
  const publicComponents = components.map((c) => ({
    id: c.id,
    slug: slugs.get(c.id)!,
    name: c.name,
    description: c.description,
    status: worstStatus([c.status]),
    groupId: c.groupId,
    since: c.startDate?.getTime() ?? null,
    position: c.position,
    onlyShowIfDegraded: c.onlyShowIfDegraded,
    // Windows of draft incidents stay private until the incident is published.
    windows: windows
      .filter((w) => w.componentId === c.id && (!w.incidentId || w.incident?.publishedAt))
      .map((w) => ({
        start: w.startedAt.getTime(),
        end: w.endedAt?.getTime() ?? null,
        severity: w.severity as PublicComponent["windows"][number]["severity"],
        incidentId: w.incidentId,
      })),
    maintenance: maintenanceSpans
      .filter((m) => m.componentId === c.id)
      .map(({ maintenance }) => ({ start: maintenance.startedAt!.getTime(), end: maintenance.completedAt?.getTime() ?? null })),
  }));

  const recentIncidents = recent.map(toIncident);
  const activeIncidents = recentIncidents.filter((incident) => incident.resolvedAt === null);
  return {
    format: 1,
    revision,
    generatedAt: now.toISOString(),
    page: {
      ...pageIdentity(setting),
      logoUrl: setting?.logoUrl ?? null,
      brand: brandOf(setting),
      language: toLanguage(setting?.language),
      uptimeWeights: {
        major: setting?.uptimeWeightMajor ?? 1,
        partial: setting?.uptimeWeightPartial ?? 0.3,
        degraded: setting?.uptimeWeightDegraded ?? 0,
      },
      uptimeDays: UPTIME_DAYS,
    },
    overall: pageOverall({
      components: publicComponents,
      openIncidentImpacts: activeIncidents.map((i) => i.impact),
      maintenanceInProgress: active.length > 0,
    }),
    rows: arrangeRows(groups, publicComponents),
    activeIncidents,
    recentIncidents,
    history: history.map((row) => ({ ...toIncidentSummary(row), componentIds: row.components.map((c) => c.componentId) })),
    maintenance: { active: active.map(toMaintenance), upcoming: upcoming.map(toMaintenance), past: past.map(toMaintenance) },
    api: {
      updatedAt: latestOf([setting, ...groups, ...components, ...latest, ...active, ...upcoming, ...past], now),
      groups: groups.map(toApiGroup),
      components: components.map(toApiComponent),
      incidents: latest.map(toIncident),
    },
  };
}

type BrandRow = {
  accentColor: string | null;
  logoDarkUrl: string | null;
  faviconUrl: string | null;
  supportUrl: string | null;
  footerLinks: string | null;
} | null;

function brandOf(setting: BrandRow): PublicBrand {
  let footerLinks: PublicBrand["footerLinks"] = [];
  try {
    const parsed: unknown = JSON.parse(setting?.footerLinks ?? "[]");
    if (Array.isArray(parsed)) {
      footerLinks = parsed.filter((l): l is { label: string; url: string } => typeof l?.label === "string" && typeof l?.url === "string");
    }
  } catch {
    // Written by the settings verb only; an unreadable value shows no links rather than no page.
  }
  return {
    accentColor: setting?.accentColor ?? null,
    logoDarkUrl: setting?.logoDarkUrl ?? null,
    faviconUrl: setting?.faviconUrl ?? null,
    supportUrl: setting?.supportUrl ?? null,
    footerLinks,
  };
}

function latestOf(rows: Array<{ updatedAt: Date } | null>, fallback: Date): string {
  const times = rows.flatMap((row) => (row ? [row.updatedAt.getTime()] : []));
  return new Date(times.length > 0 ? Math.max(...times) : fallback.getTime()).toISOString();
}
