import { z } from "zod";
import { JOB_CLASSES } from "@/lib/domain/job-classes";
import { ComponentStatus, IncidentImpact, IncidentStatus, MaintenanceStatus, WindowSeverity } from "@/lib/domain/status-schemas";
import { SubscriberStatus } from "@/server/subscriber/schemas";
import { WebhookCategory } from "@/server/outbox/events";

// What the management API answers, inside its `{ "data": … }` envelope: one place, from which the
// OpenAPI document's response schemas are generated and against which the route tests check every
// answer. Objects are open: these are the fields clients may rely on; rows may carry more.

const Instant = z.string().meta({ format: "date-time" });
const Text = z.string();

export const Component = z.looseObject({
  id: Text,
  name: Text,
  description: Text.nullable(),
  groupId: Text.nullable(),
  position: z.number().int(),
  status: ComponentStatus,
  statusSource: Text,
  showcase: z.boolean(),
  onlyShowIfDegraded: z.boolean(),
  startDate: Instant.nullable(),
});

/** What a status change answers when the PATCH sends `status` (alone or last). */
export const ComponentStatusChange = z.looseObject({ id: Text, status: ComponentStatus, statusSource: z.enum(["manual", "auto"]) });

const Group = z.looseObject({
  id: Text,
  name: Text,
  description: Text.nullable(),
  collapsed: z.boolean(),
  position: z.number().int(),
  components: z.array(Component),
});

export const ComponentList = z.looseObject({
  /** Page order: groups (with their components) and ungrouped components. */
  rows: z.array(
    z.union([
      z.looseObject({ kind: z.literal("group"), group: Group }),
      z.looseObject({ kind: z.literal("component"), component: Component }),
    ]),
  ),
  components: z.array(Component),
});

const ComponentRef = z.looseObject({ component: z.looseObject({ id: Text, name: Text }) });

export const Incident = z.looseObject({
  id: Text,
  slug: Text,
  title: Text,
  impact: IncidentImpact,
  status: IncidentStatus,
  /** null: a draft. */
  publishedAt: Instant.nullable(),
  startedAt: Instant,
  resolvedAt: Instant.nullable(),
  updatedAt: Instant,
});

export const IncidentListItem = Incident.extend({ components: z.array(ComponentRef) });

export const IncidentUpdate = z.looseObject({
  id: Text,
  incidentId: Text,
  status: IncidentStatus,
  body: Text,
  displayAt: Instant,
  notify: z.boolean(),
});

export const DegradationWindow = z.looseObject({
  id: Text,
  incidentId: Text,
  componentId: Text,
  severity: WindowSeverity,
  startedAt: Instant,
  /** null: still open. */
  endedAt: Instant.nullable(),
});

export const Postmortem = z.looseObject({ id: Text, incidentId: Text, body: Text, publishedAt: Instant.nullable(), notify: z.boolean() });

export const IncidentDetail = Incident.extend({
  components: z.array(ComponentRef),
  updates: z.array(IncidentUpdate.extend({ author: Text.nullable() })),
  windows: z.array(DegradationWindow),
  postmortem: Postmortem.nullable(),
});

export const Maintenance = z.looseObject({
  id: Text,
  slug: Text,
  title: Text,
  body: Text,
  status: MaintenanceStatus,
  scheduledStart: Instant,
  scheduledEnd: Instant,
  startedAt: Instant.nullable(),
  completedAt: Instant.nullable(),
  cancelledAt: Instant.nullable(),
  autoStart: z.boolean(),
  autoComplete: z.boolean(),
  notifyOnSchedule: z.boolean(),
  notifyOnStart: z.boolean(),
  notifyOnEnd: z.boolean(),
});

export const MaintenanceList = z.looseObject({ active: z.array(Maintenance), upcoming: z.array(Maintenance), past: z.array(Maintenance) });

export const WebhookEndpoint = z.looseObject({
  id: Text,
  url: Text,
  description: Text,
  events: z.array(WebhookCategory),
  enabled: z.boolean(),
  /** Why it was switched off automatically, if it was. */
  disabledReason: Text.nullable(),
  /** The secret's last characters, to tell secrets apart; the secret itself is shown only once. */
  secretHint: Text,
  createdAt: Instant,
});

const WebhookDelivery = z.looseObject({
  id: Text,
  event: Text,
  state: Text,
  attempts: z.number().int(),
  lastError: Text.nullable(),
  nextAttemptAt: Instant,
  sentAt: Instant.nullable(),
  createdAt: Instant,
  /** The JSON body sent (in the endpoint's detail only). */
  body: Text.nullable().optional(),
});

export const WebhookWithDeliveries = WebhookEndpoint.extend({ deliveries: z.array(WebhookDelivery) });

export const WebhookSecret = z.looseObject({
  endpoint: WebhookEndpoint,
  secret: Text.meta({ description: "The signing secret: shown only in this answer" }),
});

export const Subscriber = z.looseObject({ id: Text, email: Text, status: SubscriberStatus });

export const SubscriberPage = z.looseObject({
  items: z.array(Subscriber.extend({ source: Text, createdAt: Instant, confirmedAt: Instant.nullable(), components: z.array(Text) })),
  /** Pass as `cursor` for the next page; null on the last one. */
  nextCursor: Text.nullable(),
  counts: z.record(z.string(), z.number().int()),
});

export const SubscriberImport = z.looseObject({
  id: Text,
  status: z.enum(["queued", "running", "done", "failed"]),
  bytes: z.number().int(),
  by: Text,
  rows: z.number().int().nullable().meta({ description: "Valid rows found by the check; null until the worker has read the file" }),
  written: z.number().int().meta({ description: "Valid rows written so far" }),
  error: Text.nullable(),
  createdAt: Instant,
  startedAt: Instant.nullable(),
  finishedAt: Instant.nullable(),
  imported: z.number().int(),
  skippedExisting: z.number().int(),
  rejectedCount: z.number().int(),
  rejected: z.array(z.looseObject({ line: z.number().int(), value: Text, reason: Text })),
});

const JobClass = z.enum(JOB_CLASSES);

export const JobControl = z.looseObject({
  jobClass: JobClass,
  paused: z.boolean(),
  reason: Text.nullable(),
  updatedBy: Text.nullable(),
  updatedAt: Instant.nullable(),
  /** Work of this class waiting for a worker now. */
  waiting: z.number().int(),
});

/** What pausing or resuming answers: whether the switch moved and how much work waits (or was released). */
export const JobPauseReport = z.looseObject({
  jobClass: JobClass,
  paused: z.boolean(),
  changed: z.boolean(),
  reason: Text.nullable(),
  waiting: z.number().int(),
});

const ALERT_SOURCE = z.enum(["alertmanager", "grafana", "generic"]);

export const AlertRule = z.looseObject({
  id: Text,
  position: z.number().int(),
  matchers: Text,
  componentIds: z.array(Text),
  status: ComponentStatus,
  publish: z.boolean(),
  resolveIncident: z.boolean(),
  holdSeconds: z.number().int(),
  announceEveryMinutes: z.number().int(),
});

const AlertIntegrationFields = {
  id: Text,
  name: Text,
  source: ALERT_SOURCE,
  /** The token's first characters, to tell tokens apart. */
  prefix: Text,
  createdBy: Text,
  createdAt: Instant,
  lastUsedAt: Instant.nullable(),
  revokedAt: Instant.nullable(),
};

export const AlertIntegration = z.looseObject({
  ...AlertIntegrationFields,
  rules: z.array(AlertRule),
  unmatched: z.array(
    z.looseObject({ fingerprint: Text, title: Text, labels: z.record(z.string(), Text), count: z.number().int(), lastSeenAt: Instant }),
  ),
  /** Received alerts the worker has not handled yet. */
  waiting: z.number().int(),
});

/** What creating an integration answers: the integration and its token, shown only here. */
export const AlertIntegrationSecret = z.looseObject({ integration: z.looseObject(AlertIntegrationFields), secret: Text });

const ChatChannelFields = {
  id: Text,
  kind: z.enum(["slack", "teams", "discord", "generic"]),
  label: Text,
  status: z.enum(["pending", "active", "disabled"]),
  source: z.enum(["admin", "visitor"]),
  /** The webhook URL is a credential: only its host and last characters. */
  urlHint: Text,
  componentIds: z.array(Text).meta({ description: "Empty: every component" }),
  disabledReason: Text.nullable(),
  createdAt: Instant,
};

export const ChatChannel = z.looseObject(ChatChannelFields);

/** A channel with its delivery log (the 20 latest). */
export const ChatChannelWithDeliveries = z.looseObject({
  ...ChatChannelFields,
  deliveries: z.array(
    z.looseObject({
      id: Text,
      event: Text,
      subject: Text.nullable(),
      state: z.enum(["queued", "sending", "sent", "failed", "dead"]),
      attempts: z.number().int(),
      lastError: Text.nullable(),
      nextAttemptAt: Instant,
      sentAt: Instant.nullable(),
      createdAt: Instant,
    }),
  ),
});

export const ErrorBody = z.object({
  error: Text,
  /** Field path → messages; `_form` for problems not tied to one field. */
  fieldErrors: z.record(z.string(), z.array(Text)).optional(),
});

/** Named in the document's components.schemas (and referenced from the operations by these names). */
export const RESPONSE_SCHEMAS = {
  Component,
  ComponentStatusChange,
  ComponentList,
  Incident,
  IncidentListItem,
  IncidentDetail,
  IncidentUpdate,
  DegradationWindow,
  Postmortem,
  Maintenance,
  MaintenanceList,
  WebhookEndpoint,
  WebhookWithDeliveries,
  WebhookSecret,
  Subscriber,
  SubscriberPage,
  SubscriberImport,
  JobControl,
  JobPauseReport,
  AlertIntegration,
  AlertIntegrationSecret,
  AlertRule,
  ChatChannel,
  ChatChannelWithDeliveries,
  Error: ErrorBody,
} as const;

export type ResponseName = keyof typeof RESPONSE_SCHEMAS;
