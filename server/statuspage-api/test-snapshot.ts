import type { PublicIncident, PublicMaintenance, PublicSnapshot } from "@/server/public/snapshot-types";

// A hand-built snapshot for unit tests of the v2 mapping.

const T = "2026-03-01T10:00:00.000Z";

export function apiIncident(over: Partial<PublicIncident> = {}): PublicIncident {
  return {
    id: "inc1",
    slug: "api-errors",
    title: "API errors",
    impact: "major",
    status: "identified",
    startedAt: T,
    resolvedAt: null,
    publishedAt: T,
    createdAt: T,
    updatedAt: "2026-03-01T11:00:00.000Z",
    monitoringAt: null,
    components: [
      { id: "c-api", name: "API" },
      { id: "c-hidden", name: "Hidden" },
    ],
    updates: [
      {
        id: "u2",
        status: "identified",
        body: "Found it.",
        displayAt: "2026-03-01T11:00:00.000Z",
        createdAt: "2026-03-01T11:00:00.000Z",
        updatedAt: "2026-03-01T11:00:00.000Z",
        changes: [],
      },
      {
        id: "u1",
        status: "investigating",
        body: "Looking.",
        displayAt: T,
        changes: [{ componentId: "c-api", name: "API", oldStatus: "operational", newStatus: "partial_outage" }],
      },
    ],
    windows: [],
    postmortem: null,
    ...over,
  };
}

export function apiMaintenance(over: Partial<PublicMaintenance> = {}): PublicMaintenance {
  return {
    id: "m1",
    slug: "db-upgrade",
    title: "Database upgrade",
    body: "",
    status: "scheduled",
    scheduledStart: "2026-03-10T02:00:00.000Z",
    scheduledEnd: "2026-03-10T03:00:00.000Z",
    startedAt: null,
    completedAt: null,
    createdAt: T,
    updatedAt: T,
    components: [{ id: "c-db", name: "Database" }],
    updates: [{ id: "mu1", status: "scheduled", body: "Planned.", displayAt: T, createdAt: T, updatedAt: T }],
    ...over,
  };
}

const component = (
  id: string,
  name: string,
  position: number,
  groupId: string | null,
  status: "operational" | "partial_outage" = "operational",
) => ({
  id,
  name,
  description: null,
  status,
  groupId,
  position,
  onlyShowIfDegraded: false,
  startDate: null,
  createdAt: T,
  updatedAt: T,
});

export function apiSnapshot(over: Partial<PublicSnapshot> = {}): PublicSnapshot {
  return {
    format: 1,
    revision: 1,
    generatedAt: "2026-03-03T00:00:00.000Z",
    page: {
      name: "Acme",
      url: "https://status.acme.example/",
      logoUrl: null,
      timeZone: "America/New_York",
      uptimeWeights: { major: 1, partial: 0.3, degraded: 0 },
      uptimeDays: 90,
    },
    overall: { status: "partial_outage", label: "Partial outage" },
    rows: [],
    activeIncidents: [apiIncident()],
    recentIncidents: [apiIncident()],
    history: [],
    maintenance: { active: [], upcoming: [apiMaintenance()], past: [] },
    api: {
      updatedAt: "2026-03-02T00:00:00.000Z",
      groups: [
        { id: "g-core", name: "Core", description: "Core services", position: 1, createdAt: T, updatedAt: T },
        { id: "g-empty", name: "Empty", description: null, position: 0, createdAt: T, updatedAt: T },
      ],
      components: [
        { ...component("c-db", "Database", 1, "g-core"), startDate: "2026-01-05T00:00:00.000Z" },
        component("c-api", "API", 0, "g-core", "partial_outage"),
        { ...component("c-web", "Website", 2, null), onlyShowIfDegraded: true },
        component("c-cdn", "CDN", 0, null),
      ],
      incidents: [apiIncident()],
    },
    ...over,
  };
}
