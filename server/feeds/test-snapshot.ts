import type { PublicIncident, PublicMaintenance, PublicSnapshot } from "@/server/public/snapshot-types";

// Hand-built snapshots for unit tests of feeds and badges.

export function incident(over: Partial<PublicIncident> = {}): PublicIncident {
  return {
    id: "inc1",
    slug: "api-errors-ab12",
    title: "API errors",
    impact: "major",
    status: "monitoring",
    startedAt: "2026-03-01T10:00:00.000Z",
    resolvedAt: null,
    publishedAt: "2026-03-01T10:05:00.000Z",
    updatedAt: "2026-03-01T11:00:00.000Z",
    components: [{ id: "c-api", name: "API" }],
    updates: [
      { id: "u1", status: "investigating", body: "We are **looking** into it.", displayAt: "2026-03-01T10:05:00.000Z", changes: [] },
      { id: "u2", status: "monitoring", body: "A fix is out.", displayAt: "2026-03-01T11:00:00.000Z", changes: [] },
    ],
    windows: [],
    postmortem: null,
    ...over,
  };
}

export function maintenance(over: Partial<PublicMaintenance> = {}): PublicMaintenance {
  return {
    id: "m1",
    slug: "db-upgrade",
    title: "Database upgrade",
    body: "Short read-only period.",
    status: "scheduled",
    scheduledStart: "2026-03-10T02:00:00.000Z",
    scheduledEnd: "2026-03-10T03:00:00.000Z",
    startedAt: null,
    completedAt: null,
    components: [{ id: "c-db", name: "Database" }],
    updates: [{ id: "mu1", status: "scheduled", body: "Planned.", displayAt: "2026-03-02T09:00:00.000Z" }],
    ...over,
  };
}

export function snapshot(over: Partial<PublicSnapshot> = {}): PublicSnapshot {
  return {
    format: 1,
    revision: 1,
    generatedAt: "2026-03-03T00:00:00.000Z",
    page: {
      name: "Acme",
      url: "https://status.acme.example",
      logoUrl: null,
      timeZone: "UTC",
      uptimeWeights: { major: 1, partial: 0.5, degraded: 0.1 },
      uptimeDays: 90,
    },
    overall: { status: "partial_outage", label: "Partial outage" },
    rows: [],
    activeIncidents: [],
    recentIncidents: [incident()],
    history: [],
    maintenance: { active: [], upcoming: [maintenance()], past: [] },
    ...over,
  };
}
