import type { SpIncident, SpUpdate } from "./documents";
import { htmlToMarkdown } from "./html";

// Pure: how one Statuspage incident or maintenance becomes ours. No database here, so every odd
// case (no updates, times out of order, a postmortem after the resolution) is unit-tested.

const COMPONENT_STATUSES = new Set(["operational", "degraded_performance", "partial_outage", "major_outage", "under_maintenance"]);
const SEVERITY: Record<string, "degraded" | "partial" | "major"> = {
  degraded_performance: "degraded",
  partial_outage: "partial",
  major_outage: "major",
};
// Without recorded status changes, the incident's impact is the best account of how bad it was.
const SEVERITY_OF_IMPACT: Record<string, "degraded" | "partial" | "major"> = { minor: "degraded", major: "partial", critical: "major" };
const INCIDENT_STATUS: Record<string, "investigating" | "identified" | "monitoring" | "resolved"> = {
  investigating: "investigating",
  identified: "identified",
  monitoring: "monitoring",
  resolved: "resolved",
  postmortem: "resolved",
};
const IMPACTS = new Set(["none", "minor", "major", "critical"]);
const LABEL: Record<string, string> = {
  investigating: "Investigating.",
  identified: "Identified.",
  monitoring: "Monitoring.",
  resolved: "This incident has been resolved.",
};

const ms = (text: string | null | undefined) => {
  const t = text ? Date.parse(text) : Number.NaN;
  return Number.isFinite(t) ? t : null;
};
const when = (u: SpUpdate) => ms(u.display_at) ?? ms(u.created_at) ?? 0;
const cut = (text: string, max: number) =>
  Array.from(text).length <= max
    ? text
    : `${Array.from(text)
        .slice(0, max - 1)
        .join("")}…`;

export type Plan<T> = { ok: true; input: T } | { ok: false; reason: string };

type Change = { componentId: string; oldStatus: string; newStatus: string };
type Window = { componentId: string; severity: "degraded" | "partial" | "major"; startedAt: Date; endedAt: Date };

/** What createIncident is given for one imported incident (a backfill: published, resolved, never announced). */
export type IncidentPlan = {
  title: string;
  impact: "none" | "minor" | "major" | "critical";
  components: Array<{ componentId: string; status: "operational" }>;
  publish: true;
  notify: false;
  backfill: {
    startedAt: Date;
    resolvedAt: Date;
    windows: Window[];
    updates: Array<{
      status: "investigating" | "identified" | "monitoring" | "resolved";
      body: string;
      displayAt: Date;
      components: Change[];
    }>;
  };
};

/** Closed windows from the updates' component status changes, each cut at the resolution. */
export function windowsFromChanges(timeline: Array<{ at: number; changes: Change[] }>, end: number): Window[] {
  const open = new Map<string, { severity: Window["severity"]; start: number }>();
  const windows: Window[] = [];
  const close = (componentId: string, at: number) => {
    const w = open.get(componentId);
    if (w && at > w.start) windows.push({ componentId, severity: w.severity, startedAt: new Date(w.start), endedAt: new Date(at) });
    open.delete(componentId);
  };
  for (const { at, changes } of timeline) {
    for (const change of changes) {
      const severity = SEVERITY[change.newStatus];
      const current = open.get(change.componentId);
      if (current?.severity === severity) continue;
      close(change.componentId, at);
      if (severity && at < end) open.set(change.componentId, { severity, start: at });
    }
  }
  for (const componentId of [...open.keys()]) close(componentId, end);
  return windows;
}

/** A past Statuspage incident as a backfill of ours, or why it is left out (still open, unreadable). */
export function planIncident(incident: SpIncident, componentOf: (sourceId: string) => string | undefined): Plan<IncidentPlan> {
  const updates = [...incident.incident_updates].sort((a, b) => when(a) - when(b));
  const first = updates[0] ? when(updates[0]) : null;
  const resolvedUpdate = [...updates].reverse().find((u) => INCIDENT_STATUS[u.status] === "resolved");
  const end = ms(incident.resolved_at) ?? (resolvedUpdate ? when(resolvedUpdate) : null);
  if (end === null) return { ok: false, reason: "still open: import it again once it is resolved" };
  let start = Math.min(...[ms(incident.started_at) ?? ms(incident.created_at) ?? end, first ?? end]);
  if (start >= end) start = end - 60_000;
  const clamp = (t: number) => Math.min(Math.max(t, start), end);
  const changesOf = (u: SpUpdate): Change[] =>
    (u.affected_components ?? []).flatMap((a) => {
      const componentId = componentOf(a.code);
      const [oldStatus, newStatus] = [a.old_status ?? "operational", a.new_status ?? "operational"];
      return componentId && COMPONENT_STATUSES.has(oldStatus) && COMPONENT_STATUSES.has(newStatus)
        ? [{ componentId, oldStatus, newStatus }]
        : [];
    });
  const timeline = updates.map((u) => {
    const status = INCIDENT_STATUS[u.status] ?? "investigating";
    return { status, body: htmlToMarkdown(u.body ?? "") || LABEL[status]!, at: clamp(when(u)), changes: changesOf(u) };
  });
  // A resolved update sorts last among updates at the same moment; a timeline without one gets one.
  timeline.sort((a, b) => a.at - b.at || Number(a.status === "resolved") - Number(b.status === "resolved"));
  if (timeline.at(-1)?.status !== "resolved") timeline.push({ status: "resolved", body: LABEL.resolved!, at: end, changes: [] });
  const affected = [...new Set((incident.components ?? []).map((c) => componentOf(c.id)).filter((id): id is string => Boolean(id)))];
  const recorded = timeline.some((u) => u.changes.length > 0);
  const impact = IMPACTS.has(incident.impact ?? "") ? (incident.impact as "none" | "minor" | "major" | "critical") : "none";
  const fromImpact = SEVERITY_OF_IMPACT[impact];
  const windows = recorded
    ? windowsFromChanges(timeline, end)
    : fromImpact
      ? affected.map((componentId) => ({ componentId, severity: fromImpact, startedAt: new Date(start), endedAt: new Date(end) }))
      : [];
  return {
    ok: true,
    input: {
      title: cut(incident.name.trim(), 200),
      impact,
      components: affected.map((componentId) => ({ componentId, status: "operational" as const })),
      publish: true as const,
      notify: false as const,
      backfill: {
        startedAt: new Date(start),
        resolvedAt: new Date(end),
        windows,
        updates: timeline.map((u) => ({
          status: u.status,
          body: cut(u.body, 20_000),
          displayAt: new Date(u.at),
          components: u.changes,
        })),
      },
    },
  };
}

export type MaintenancePlan = {
  title: string;
  body: string;
  status: "scheduled" | "in_progress" | "verifying" | "completed";
  scheduledStart: Date;
  scheduledEnd: Date;
  startedAt: Date | null;
  completedAt: Date | null;
  componentIds: string[];
  updates: Array<{ status: string; body: string; displayAt: Date }>;
};

const MAINTENANCE_STATUS = new Set(["scheduled", "in_progress", "verifying", "completed"]);

/** A Statuspage scheduled maintenance as ours, or why it is left out. */
export function planMaintenance(m: SpIncident, componentOf: (sourceId: string) => string | undefined): Plan<MaintenancePlan> {
  const start = ms(m.scheduled_for);
  const end = ms(m.scheduled_until);
  if (start === null || end === null || end <= start) return { ok: false, reason: "no scheduled window" };
  const status = (MAINTENANCE_STATUS.has(m.status) ? m.status : "scheduled") as MaintenancePlan["status"];
  const updates = [...m.incident_updates].sort((a, b) => when(a) - when(b));
  const startedUpdate = updates.find((u) => u.status === "in_progress");
  const scheduledBody = updates.find((u) => u.status === "scheduled")?.body ?? updates[0]?.body ?? "";
  return {
    ok: true,
    input: {
      title: cut(m.name.trim(), 200),
      body: htmlToMarkdown(scheduledBody),
      status,
      scheduledStart: new Date(start),
      scheduledEnd: new Date(end),
      startedAt: status === "scheduled" ? null : new Date(ms(m.started_at) ?? (startedUpdate ? when(startedUpdate) : start)),
      completedAt: status === "completed" ? new Date(ms(m.resolved_at) ?? end) : null,
      componentIds: [...new Set((m.components ?? []).map((c) => componentOf(c.id)).filter((id): id is string => Boolean(id)))],
      updates: updates.map((u) => ({
        status: MAINTENANCE_STATUS.has(u.status) ? u.status : "scheduled",
        body: htmlToMarkdown(u.body ?? "") || "(no text)",
        displayAt: new Date(when(u)),
      })),
    },
  };
}
