import type { ComponentStatus, IncidentStatus, WindowSeverity } from "@/lib/domain/statuses";
import { C } from "./demo-components";
import type { DemoIncident, DemoIncidentUpdate } from "./demo-types";
import { randomInt, type Random } from "./random";
import { uniqueSlug } from "./slug";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

export const HISTORY_DAYS = 90;

type Times = { start: string; end: string; minutes: number };
type Step = { status: IncidentStatus; at: "start" | "end"; body: (t: Times) => string };

type Template = {
  title: string;
  componentKey: string;
  severity: Exclude<WindowSeverity, "major">;
  /** Nightly jobs: starts shortly before midnight UTC and ends after it. */
  crossesMidnight: boolean;
  minMinutes: number;
  maxMinutes: number;
  /** One step: written up afterwards, nobody notified. Two: posted live, then resolved. */
  steps: Step[];
};

// Small, everyday incidents, most recent first.
const TEMPLATES: Template[] = [
  {
    title: "Delayed webhook deliveries",
    componentKey: C.webhooks,
    severity: "degraded",
    crossesMidnight: false,
    minMinutes: 20,
    maxMinutes: 90,
    steps: [
      {
        status: "identified",
        at: "start",
        body: (t) =>
          `Webhook deliveries are running behind since ${t.start} UTC after a spike in failing customer endpoints filled our retry queue. We've added delivery capacity; no webhooks are lost, they will arrive late.`,
      },
      {
        status: "resolved",
        at: "end",
        body: (t) => `The delivery backlog was cleared at ${t.end} UTC and webhooks are sent in real time again.`,
      },
    ],
  },
  {
    title: "Warehouse sync delayed for BigQuery destinations",
    componentKey: C.warehouseSync,
    severity: "partial",
    crossesMidnight: true,
    minMinutes: 75,
    maxMinutes: 180,
    steps: [
      {
        status: "investigating",
        at: "start",
        body: (t) =>
          `Nightly syncs to BigQuery have been failing since ${t.start} UTC with quota errors from Google's API. Snowflake and Redshift syncs are not affected. We're investigating.`,
      },
      {
        status: "resolved",
        at: "end",
        body: (t) =>
          `Google raised the affected project's load-job quota and all failed BigQuery syncs were re-run; the last one finished at ${t.end} UTC. Your tables are complete.`,
      },
    ],
  },
  {
    title: "Slow reports in the dashboard",
    componentKey: C.dashboard,
    severity: "degraded",
    crossesMidnight: false,
    minMinutes: 25,
    maxMinutes: 120,
    steps: [
      {
        status: "resolved",
        at: "end",
        body: (t) =>
          `Between ${t.start} and ${t.end} UTC, reports covering more than 30 days took up to a minute to load. A query plan changed after routine database statistics were refreshed; we pinned the previous plan. Other dashboard pages were not affected.`,
      },
    ],
  },
  {
    title: "Elevated latency on the track endpoint",
    componentKey: C.track,
    severity: "degraded",
    crossesMidnight: false,
    minMinutes: 10,
    maxMinutes: 45,
    steps: [
      {
        status: "investigating",
        at: "start",
        body: () =>
          `Response times of the track endpoint are elevated (p99 around 2 seconds). Events are accepted and processed normally. We're looking into it.`,
      },
      {
        status: "resolved",
        at: "end",
        body: (t) =>
          `A load balancer node in one availability zone was unhealthy and has been replaced. Latency has been normal since ${t.end} UTC; no events were dropped.`,
      },
    ],
  },
  {
    title: "Batch endpoint rejecting large payloads",
    componentKey: C.batch,
    severity: "partial",
    crossesMidnight: true,
    minMinutes: 80,
    maxMinutes: 170,
    steps: [
      {
        status: "resolved",
        at: "end",
        body: (t) =>
          `From ${t.start} to ${t.end} UTC (${t.minutes} minutes), batch requests larger than 1 MB were rejected with \`413\`. A proxy configuration deployed during the night lowered the body size limit; it has been rolled back. Our SDKs retried the rejected requests, so no data is missing.`,
      },
    ],
  },
  {
    title: "Documentation search unavailable",
    componentKey: C.website,
    severity: "degraded",
    crossesMidnight: false,
    minMinutes: 30,
    maxMinutes: 150,
    steps: [
      {
        status: "identified",
        at: "start",
        body: () =>
          `Search on the developer documentation returns no results: our search provider is having an outage. The documentation itself is available; use the table of contents in the meantime.`,
      },
      {
        status: "resolved",
        at: "end",
        body: (t) => `Our search provider recovered and documentation search has worked since ${t.end} UTC.`,
      },
    ],
  },
];

const SEVERITY_STATUS: Record<Template["severity"], ComponentStatus> = {
  degraded: "degraded_performance",
  partial: "partial_outage",
};

const hhmm = (date: Date) => date.toISOString().slice(11, 16);

export const startOfUtcDay = (date: Date) => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));

/**
 * One incident per slot of ~14 days between 3 and 86 days ago, so the uptime bars show a few
 * blips spread over the 90 days and every incident is over well before `now`.
 */
export function buildHistoryIncidents(now: Date, random: Random, takenSlugs: Set<string>): DemoIncident[] {
  const today = startOfUtcDay(now).getTime();
  const slot = Math.floor((HISTORY_DAYS - 6) / TEMPLATES.length);
  const incidents = TEMPLATES.map((template, index): DemoIncident => {
    const day = today - (3 + index * slot + randomInt(random, 0, slot - 1)) * DAY;
    const startMinute = template.crossesMidnight ? 23 * 60 + randomInt(random, 0, 45) : randomInt(random, 6 * 60, 20 * 60 + 59);
    // Crossing midnight needs more than the minutes left in the day (at most 60 after 23:00).
    const minMinutes = template.crossesMidnight ? Math.max(template.minMinutes, 61) : template.minMinutes;
    const minutes = randomInt(random, minMinutes, template.maxMinutes);
    const startedAt = new Date(day + startMinute * MINUTE);
    const endedAt = new Date(startedAt.getTime() + minutes * MINUTE);
    const times: Times = { start: hhmm(startedAt), end: hhmm(endedAt), minutes };

    const live = template.steps.length > 1;
    const degraded = SEVERITY_STATUS[template.severity];
    const updates = template.steps.map((step, i): DemoIncidentUpdate => {
      // Posted a few minutes after the problem started, or after it ended.
      const offset = step.at === "start" ? Math.min(randomInt(random, 3, 9), minutes - 1) : randomInt(random, 2, 12);
      const base = step.at === "start" ? startedAt : endedAt;
      const first = i === 0;
      return {
        status: step.status,
        body: step.body(times),
        displayAt: new Date(base.getTime() + offset * MINUTE),
        notify: live,
        // A live incident marks the component when posted and clears it on resolution; a
        // write-up after the fact changes nothing (the component was fine again by then).
        changes: live
          ? [
              first
                ? { componentKey: template.componentKey, oldStatus: "operational", newStatus: degraded }
                : { componentKey: template.componentKey, oldStatus: degraded, newStatus: "operational" },
            ]
          : [],
      };
    });
    const resolvedAt = updates.at(-1)!.displayAt;
    return {
      slug: uniqueSlug(template.title, random, takenSlugs),
      title: template.title,
      impact: "minor",
      status: "resolved",
      startedAt,
      publishedAt: updates[0]!.displayAt,
      monitoringAt: null,
      resolvedAt,
      componentKeys: [template.componentKey],
      updates,
      windows: [{ componentKey: template.componentKey, severity: template.severity, startedAt, endedAt }],
      postmortem: null,
    };
  });
  return incidents.reverse();
}
