import { IncidentImpact } from "@/lib/domain/status-schemas";
import { worstStatus } from "@/lib/domain/statuses";
import type { PublicIncident, PublicIncidentSummary, PublicMaintenance } from "./snapshot-types";

// Mappers from rows to the public shapes: only fields meant for customers leave the server.

const iso = (date: Date) => date.toISOString();
const isoOrNull = (date: Date | null) => (date ? date.toISOString() : null);

type IncidentSummaryRow = {
  id: string;
  slug: string;
  title: string;
  impact: string;
  status: string;
  startedAt: Date;
  resolvedAt: Date | null;
};

export function toIncidentSummary(row: IncidentSummaryRow): PublicIncidentSummary {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    impact: IncidentImpact.catch("none").parse(row.impact),
    status: row.status,
    startedAt: iso(row.startedAt),
    resolvedAt: isoOrNull(row.resolvedAt),
  };
}

export type IncidentRow = IncidentSummaryRow & {
  publishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  monitoringAt: Date | null;
  components: Array<{ component: { id: string; name: string } }>;
  updates: Array<{
    id: string;
    status: string;
    body: string;
    displayAt: Date;
    createdAt: Date;
    updatedAt: Date;
    components: Array<{ componentId: string; oldStatus: string; newStatus: string; component: { name: string } }>;
  }>;
  windows: Array<{ componentId: string; severity: string; startedAt: Date; endedAt: Date | null; component: { name: string } }>;
  postmortem: { body: string; publishedAt: Date | null } | null;
};

export function toIncident(row: IncidentRow): PublicIncident {
  return {
    ...toIncidentSummary(row),
    publishedAt: iso(row.publishedAt ?? row.startedAt),
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
    monitoringAt: isoOrNull(row.monitoringAt),
    components: row.components.map(({ component }) => ({ id: component.id, name: component.name })),
    updates: row.updates.map((update) => ({
      id: update.id,
      status: update.status,
      body: update.body,
      displayAt: iso(update.displayAt),
      createdAt: iso(update.createdAt),
      updatedAt: iso(update.updatedAt),
      changes: update.components.map((change) => ({
        componentId: change.componentId,
        name: change.component.name,
        oldStatus: worstStatus([change.oldStatus]),
        newStatus: worstStatus([change.newStatus]),
      })),
    })),
    windows: row.windows.map((window) => ({
      componentId: window.componentId,
      componentName: window.component.name,
      severity: window.severity,
      start: iso(window.startedAt),
      end: isoOrNull(window.endedAt),
    })),
    // Only a published postmortem is public.
    postmortem: row.postmortem?.publishedAt ? { body: row.postmortem.body, publishedAt: iso(row.postmortem.publishedAt) } : null,
  };
}

export type MaintenanceRow = {
  id: string;
  slug: string;
  title: string;
  body: string;
  status: string;
  scheduledStart: Date;
  scheduledEnd: Date;
  startedAt: Date | null;
  completedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  components: Array<{ component: { id: string; name: string } }>;
  updates: Array<{ id: string; status: string; body: string; displayAt: Date; createdAt: Date; updatedAt: Date }>;
};

export function toMaintenance(row: MaintenanceRow): PublicMaintenance {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    body: row.body,
    status: row.status,
    scheduledStart: iso(row.scheduledStart),
    scheduledEnd: iso(row.scheduledEnd),
    startedAt: isoOrNull(row.startedAt),
    completedAt: isoOrNull(row.completedAt),
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
    components: row.components.map(({ component }) => ({ id: component.id, name: component.name })),
    updates: row.updates.map((u) => ({
      id: u.id,
      status: u.status,
      body: u.body,
      displayAt: iso(u.displayAt),
      createdAt: iso(u.createdAt),
      updatedAt: iso(u.updatedAt),
    })),
  };
}
