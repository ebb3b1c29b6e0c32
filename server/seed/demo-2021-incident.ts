import type { ComponentStatus } from "@/lib/domain/statuses";
import { C } from "./demo-components";
import { POSTMORTEM_2021 } from "./demo-2021-postmortem";
import type { DemoIncident, DemoIncidentUpdate, DemoStatusChange, DemoWindow } from "./demo-types";
import type { Random } from "./random";
import { uniqueSlug } from "./slug";

// The model incident of DESIGN.md: 30 March 2021, three windows of the same failure.
// All times UTC.
const at = (hhmm: string) => new Date(`2021-03-30T${hhmm}:00Z`);

export const INCIDENT_2021_TITLE = "Degraded API: authentication failures and delayed event processing";

/** The three degradation periods (start, end), each with windows on the four affected components. */
export const PERIODS_2021 = [
  ["14:52", "15:40"],
  ["16:25", "17:05"],
  ["18:10", "18:45"],
] as const;

const AFFECTED = [C.authenticate, C.track, C.batch, C.dashboard];

// authenticate is synchronous: it failed outright. track and batch only enqueue, so they kept
// accepting most events (partial); the dashboard was up but showed no new data (degraded).
const DURING: Record<string, ComponentStatus> = {
  [C.authenticate]: "major_outage",
  [C.track]: "partial_outage",
  [C.batch]: "partial_outage",
  [C.dashboard]: "degraded_performance",
};

function windows(): DemoWindow[] {
  return PERIODS_2021.flatMap(([start, end]) => {
    const startedAt = at(start);
    const endedAt = at(end);
    const plus = (minutes: number) => new Date(startedAt.getTime() + minutes * 60_000);
    return [
      { componentKey: C.authenticate, severity: "major" as const, startedAt, endedAt },
      { componentKey: C.track, severity: "partial" as const, startedAt, endedAt },
      // The batch queue front-end and the dashboard noticed a couple of minutes later.
      { componentKey: C.batch, severity: "partial" as const, startedAt: plus(2), endedAt },
      { componentKey: C.dashboard, severity: "degraded" as const, startedAt: plus(3), endedAt },
    ];
  });
}

const degrade = (): DemoStatusChange[] =>
  AFFECTED.map((componentKey) => ({ componentKey, oldStatus: "operational", newStatus: DURING[componentKey]! }));
const recover = (): DemoStatusChange[] =>
  AFFECTED.map((componentKey) => ({ componentKey, oldStatus: DURING[componentKey]!, newStatus: "operational" }));

function update(status: DemoIncidentUpdate["status"], time: string, body: string, changes: DemoStatusChange[] = []) {
  return { status, displayAt: at(time), body, notify: true, changes };
}

// A function, not a constant: every call returns fresh objects (and Dates) the caller may mutate.
const updates = (): DemoIncidentUpdate[] => [
  update(
    "investigating",
    "15:04",
    `We're investigating elevated error rates on the **authenticate** endpoint: a large share of requests fail with \`503\` or time out after 10 seconds.

The **track** and **batch** endpoints are accepting most events, but processing is delayed, so the dashboard is not showing new data. Events that were accepted (\`2xx\`) are queued and will not be lost.

Next update within 30 minutes.`,
    degrade(),
  ),
  update(
    "identified",
    "15:31",
    `We've found the cause: a background job is exhausting memory on the hosts that serve the API, and the authenticate service is being killed along with it. We've stopped the job and are restarting the affected hosts.

Track and batch requests that received a \`2xx\` are safely queued.`,
  ),
  update(
    "monitoring",
    "15:48",
    `Since 15:40 UTC authenticate is answering normally, and track and batch are back to normal latency.

We're processing the events queued since 14:52 UTC; the dashboard will fill in as that backlog drains. We're watching memory on the API hosts closely.`,
    recover(),
  ),
  update(
    "identified",
    "16:31",
    `The problem came back at 16:25 UTC with the same symptoms. Our job scheduler automatically **retried the job we stopped earlier**, and it exhausted memory in the same way.

We're cancelling the retried job and restarting the hosts. No queued data has been lost; the backlog from the first window is still being processed.`,
    degrade(),
  ),
  update(
    "monitoring",
    "17:15",
    `Authenticate, track and batch have been healthy since 17:05 UTC. The retried job is cancelled and the hosts are restarted.

We're working on a fix for the memory leak itself and continue processing the queued events.`,
    recover(),
  ),
  update(
    "identified",
    "18:21",
    `A third degradation started at 18:10 UTC. Cancelling the job at 17:05 did not remove its pending retries, so the scheduler started it once more.

We've now **disabled automatic retries for this job class** and are deploying a fix for the leak. Track and batch keep queuing events; nothing accepted has been lost.`,
    degrade(),
  ),
  update(
    "monitoring",
    "18:58",
    `The fix for the memory leak is deployed and all API endpoints have been healthy since 18:45 UTC. Automatic retries stay disabled for the affected job class.

Queued events are being processed at full speed; we expect the backlog to be cleared by about 20:30 UTC.`,
    recover(),
  ),
  update(
    "resolved",
    "20:40",
    `The backlog was fully processed at 20:20 UTC: every event accepted by track and batch during the incident is now in your dashboard and exports, with its original timestamp. Authenticate has been stable since 18:45 UTC.

We're sorry for the disruption. We'll publish a postmortem with the full timeline and what we're changing.`,
  ),
];

export function build2021Incident(random: Random, takenSlugs: Set<string>): DemoIncident {
  const timeline = updates();
  const last = (status: string) => timeline.filter((u) => u.status === status).at(-1)!.displayAt;
  return {
    slug: uniqueSlug(INCIDENT_2021_TITLE, random, takenSlugs),
    title: INCIDENT_2021_TITLE,
    impact: "major",
    status: "resolved",
    startedAt: at(PERIODS_2021[0][0]),
    publishedAt: timeline[0]!.displayAt,
    monitoringAt: last("monitoring"),
    resolvedAt: last("resolved"),
    componentKeys: [...AFFECTED],
    updates: timeline,
    windows: windows(),
    postmortem: { body: POSTMORTEM_2021, publishedAt: new Date("2021-04-01T16:00:00Z"), notify: true },
  };
}
