import { z } from "zod";
import { UpdateComponentInput, CreateComponentInput, SetComponentStatusInput } from "@/server/component/schemas";
import {
  AddIncidentUpdateInput,
  CreateIncidentInput,
  ListIncidentsInput,
  ResolveIncidentInput,
  UpdateIncidentInput,
} from "@/server/incident/schemas";
import { MaintenanceTransitionInput, ScheduleMaintenanceInput, UpdateMaintenanceInput } from "@/server/maintenance/schemas";
import { PublishPostmortemInput, SavePostmortemInput } from "@/server/postmortem/schemas";
import { AddSubscriberInput, ListSubscribersInput } from "@/server/subscriber/schemas";
import { CreateWebhookInput, UpdateWebhookInput } from "@/server/webhook/schemas";
import { CreateChatChannelInput } from "@/server/chat/schemas";
import { AddWindowInput, UpdateWindowInput } from "@/server/window/schemas";
import { JOB_CLASSES } from "@/lib/domain/job-classes";
import { AddAlertRuleInput, CreateAlertIntegrationInput } from "@/server/alert/schemas";
import { SetJobPausedInput } from "@/server/job-control/schemas";
import { CREATE_INCIDENT_DEFAULTS } from "./defaults";
import { inputSchema, responseSchemas, SCHEMA_REF, type JsonSchema } from "./json-schema";
import type { ResponseName } from "./responses";

// The management API's OpenAPI 3.1 document, served at /api/admin/v1/openapi.json. Request bodies and
// query parameters are generated from the zod schemas the verbs parse (minus the fields the path
// supplies), responses from ./responses.ts; tests check it against the route files and real answers.

type Method = "get" | "post" | "put" | "patch" | "delete";
type Operation = {
  summary: string;
  /** The verb's schema; `pathFields` are taken from the path, not the body. */
  body?: { schema: z.ZodType; pathFields?: string[]; defaults?: Record<string, unknown> };
  /** The body is a file of this media type rather than JSON. */
  fileBody?: string;
  query?: z.ZodObject;
  /** Named enums for path segments other than `id`. */
  pathEnums?: Record<string, readonly string[]>;
  /** The answer's `data`; none: 204 No Content. */
  response?: ResponseName | { array: ResponseName } | { anyOf: Array<ResponseName | null> };
  /** Answers 204 for some requests, `response` for others. */
  sometimesNoContent?: boolean;
  status?: 200 | 201 | 202;
  /** Extra statuses beyond 401/403/422/429 (and 404 on paths with an id). */
  conflict?: boolean;
};

const OPERATIONS: Record<string, Partial<Record<Method, Operation>>> = {
  "/components": {
    get: { summary: "List groups and components in page order", response: "ComponentList" },
    post: {
      summary: "Create a component (owner/admin)",
      body: { schema: CreateComponentInput },
      response: "Component",
      status: 201,
      conflict: true,
    },
  },
  "/components/{id}": {
    patch: {
      summary:
        "Edit a component and/or set its status (`status`; null hands it back to windows and maintenance). Answers the component, or with `status` the status change, or null when the body changes nothing",
      body: {
        schema: UpdateComponentInput.extend({ status: SetComponentStatusInput.shape.status.optional() }),
        pathFields: ["componentId"],
      },
      response: { anyOf: ["Component", "ComponentStatusChange", null] },
    },
    delete: { summary: "Delete a component (409 while incidents, windows or maintenance refer to it: hide it instead)", conflict: true },
  },
  "/incidents": {
    get: {
      summary: "List incidents: drafts and open ones first, then the rest, newest first",
      query: ListIncidentsInput,
      response: { array: "IncidentListItem" },
    },
    post: {
      summary: "Declare an incident (published at once unless `publish` is false)",
      body: { schema: CreateIncidentInput, defaults: CREATE_INCIDENT_DEFAULTS },
      response: "Incident",
      status: 201,
    },
  },
  "/incidents/{id}": {
    get: { summary: "One incident with its updates, windows and postmortem", response: "IncidentDetail" },
    patch: {
      summary: "Edit title, impact, start or affected components (never notifies)",
      body: { schema: UpdateIncidentInput, pathFields: ["incidentId"] },
      response: "Incident",
    },
    delete: { summary: "Delete a draft (published incidents are refused)", conflict: true },
  },
  "/incidents/{id}/updates": {
    post: {
      summary: "Post an update (a `resolved` one resolves the incident)",
      body: { schema: AddIncidentUpdateInput, pathFields: ["incidentId"] },
      response: "IncidentUpdate",
      status: 201,
    },
  },
  "/incidents/{id}/resolve": {
    post: {
      summary: "Resolve: open windows close; components return to operational unless `keepStatuses`",
      body: { schema: ResolveIncidentInput, pathFields: ["incidentId"] },
      response: "Incident",
    },
  },
  "/incidents/{id}/windows": {
    post: {
      summary: "Add a degradation window (no overlap with another of the same component)",
      body: { schema: AddWindowInput, pathFields: ["incidentId"] },
      response: "DegradationWindow",
      status: 201,
    },
  },
  "/windows/{id}": {
    patch: {
      summary: "Edit a window's severity, start or end (null reopens it)",
      body: { schema: UpdateWindowInput, pathFields: ["windowId"] },
      response: "DegradationWindow",
    },
    delete: { summary: "Delete a window" },
  },
  "/incidents/{id}/postmortem": {
    put: {
      summary: "Write or replace the postmortem (markdown)",
      body: { schema: SavePostmortemInput, pathFields: ["incidentId"] },
      response: "Postmortem",
    },
    delete: { summary: "Unpublish the postmortem (the text stays as a draft)" },
  },
  "/incidents/{id}/postmortem/publish": {
    post: {
      summary: "Publish the postmortem",
      body: { schema: PublishPostmortemInput, pathFields: ["incidentId"] },
      response: "Postmortem",
    },
  },
  "/maintenance": {
    get: { summary: "List maintenance: active, upcoming and recent past", response: "MaintenanceList" },
    post: { summary: "Schedule maintenance", body: { schema: ScheduleMaintenanceInput }, response: "Maintenance", status: 201 },
  },
  "/maintenance/{id}": {
    patch: {
      summary: "Edit scheduled maintenance (never notifies)",
      body: { schema: UpdateMaintenanceInput, pathFields: ["maintenanceId"] },
      response: "Maintenance",
      conflict: true,
    },
  },
  "/maintenance/{id}/{transition}": {
    post: {
      summary: "Start, verify, complete or cancel maintenance, optionally with a `message` for subscribers",
      body: { schema: MaintenanceTransitionInput, pathFields: ["maintenanceId"] },
      pathEnums: { transition: ["start", "verify", "complete", "cancel"] },
      response: "Maintenance",
      conflict: true,
    },
  },
  "/webhooks": {
    get: { summary: "List webhook endpoints, each with its latest delivery (owner/admin)", response: { array: "WebhookWithDeliveries" } },
    post: {
      summary: "Add a webhook endpoint; the answer holds its signing secret, shown only here",
      body: { schema: CreateWebhookInput },
      response: "WebhookSecret",
      status: 201,
    },
  },
  "/webhooks/{id}": {
    get: { summary: "A webhook endpoint with its 50 latest deliveries", response: "WebhookWithDeliveries" },
    patch: {
      summary: "Change an endpoint (only the fields sent)",
      body: { schema: UpdateWebhookInput, pathFields: ["endpointId"] },
      response: "WebhookEndpoint",
    },
    delete: { summary: "Remove an endpoint and its delivery log" },
  },
  "/webhooks/{id}/{action}": {
    post: {
      summary: "`test`: queue a signed ping (204); `rotate-secret`: a new signing secret, shown only in this answer",
      // apiRoute reads a JSON body from every POST: send {}.
      body: { schema: z.object({}) },
      pathEnums: { action: ["test", "rotate-secret"] },
      response: "WebhookSecret",
      sometimesNoContent: true,
    },
  },
  "/subscribers": {
    get: { summary: "List subscribers, a page at a time", query: ListSubscribersInput, response: "SubscriberPage" },
    post: {
      summary: "Add an active (pre-confirmed) subscriber",
      body: { schema: AddSubscriberInput },
      response: "Subscriber",
      status: 201,
      conflict: true,
    },
  },
  "/subscribers/import": {
    post: {
      summary:
        "Queue a CSV import of subscribers (a header row with an `email` column, optional `components`); the worker runs it and existing addresses are skipped. Answers 202 with the import; follow it at /subscribers/imports/{id}",
      fileBody: "text/csv",
      response: "SubscriberImport",
      status: 202,
    },
  },
  "/subscribers/imports/{id}": {
    get: {
      summary: "An import's progress (`written` of `rows`), and its report once `status` is done or failed",
      response: "SubscriberImport",
    },
  },
  "/subscribers/{id}": {
    delete: { summary: "Remove a subscriber" },
  },
  "/alert-integrations": {
    get: { summary: "Alert integrations with their rules (in order) and their unmatched alerts", response: { array: "AlertIntegration" } },
    post: {
      summary:
        "Add an alert integration (owner/admin) for Alertmanager, Grafana or generic JSON; the answer holds its token, shown only here. It posts to /api/alerts/v1/{source}",
      body: { schema: CreateAlertIntegrationInput },
      response: "AlertIntegrationSecret",
      status: 201,
    },
  },
  "/alert-integrations/{id}": {
    delete: { summary: "Revoke an integration's token; its rules and history stay" },
  },
  "/alert-integrations/{id}/rules": {
    post: {
      summary:
        'Add a rule at the end of the list: Prometheus-style `matchers` (service="api"), the components and their status while the alert fires',
      body: { schema: AddAlertRuleInput, pathFields: ["integrationId"] },
      response: "AlertRule",
      status: 201,
    },
  },
  "/alert-rules/{id}": {
    delete: { summary: "Remove a rule" },
  },
  "/chat-channels": {
    get: {
      summary: "Chat channels (Slack, Teams, Discord, generic JSON) with their 20 latest deliveries",
      response: { array: "ChatChannelWithDeliveries" },
    },
    post: {
      summary:
        "Add a chat channel (owner/admin) by its incoming-webhook URL; active at once, it gets every announcement on its components (none: all)",
      body: { schema: CreateChatChannelInput },
      response: "ChatChannel",
      status: 201,
    },
  },
  "/chat-channels/{id}": {
    delete: { summary: "Remove a chat channel, its delivery log and what is queued for it" },
  },
  "/chat-channels/{id}/enable": {
    post: {
      summary: "Switch a disabled channel on again (for example after the provider answered 404 and it was switched off)",
      // apiRoute reads a JSON body from every POST: send {}.
      body: { schema: z.object({}) },
      response: "ChatChannel",
    },
  },
  "/jobs": {
    get: {
      summary: "Every job class's kill switch: paused or not, why, by whom, and how much work waits",
      response: { array: "JobControl" },
    },
  },
  "/jobs/{jobClass}/{action}": {
    post: {
      summary:
        "Pause or resume one job class (owner/admin), with an optional `reason`. Paused work waits where it is and nothing is dropped; audited",
      body: { schema: SetJobPausedInput, pathFields: ["jobClass", "paused"] },
      pathEnums: { jobClass: JOB_CLASSES, action: ["pause", "resume"] },
      response: "JobPauseReport",
    },
  },
};

const json = (schema: JsonSchema) => ({ "application/json": { schema } });
const ref = (name: string) => ({ $ref: SCHEMA_REF(name) });
const errorAnswer = (description: string) => ({ description, content: json(ref("Error")) });

function bodySchema({ schema, pathFields = [], defaults = {} }: NonNullable<Operation["body"]>): JsonSchema {
  const { required = [], ...generated } = inputSchema(schema) as JsonSchema & {
    properties: Record<string, JsonSchema>;
    required?: string[];
  };
  for (const field of pathFields) delete generated.properties[field];
  for (const [field, value] of Object.entries(defaults)) generated.properties[field] = { ...generated.properties[field], default: value };
  const stillRequired = required.filter((field) => !pathFields.includes(field));
  return stillRequired.length > 0 ? { ...generated, required: stillRequired } : generated;
}

function queryParameters(schema: z.ZodObject) {
  const { properties, required = [] } = inputSchema(schema) as { properties: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(properties).map(([name, property]) => ({ name, in: "query", required: required.includes(name), schema: property }));
}

function pathParameters(path: string, enums: Record<string, readonly string[]> = {}) {
  return [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name: name!,
    in: "path",
    required: true,
    schema: enums[name!] ? { type: "string", enum: enums[name!] } : { type: "string" },
  }));
}

function dataSchema(response: NonNullable<Operation["response"]>): JsonSchema {
  if (typeof response === "string") return ref(response);
  if ("array" in response) return { type: "array", items: ref(response.array) };
  return { anyOf: response.anyOf.map((name) => (name === null ? { type: "null" } : ref(name))) };
}

function responses(path: string, operation: Operation) {
  const answers: Record<string, unknown> = {};
  if (operation.response) {
    const data = dataSchema(operation.response);
    const envelope = { type: "object", required: ["data"], properties: { data } };
    answers[String(operation.status ?? 200)] = { description: "`data` holds the result", content: json(envelope) };
  }
  if (!operation.response || operation.sometimesNoContent) answers["204"] = { description: "Done; no content" };
  answers["401"] = errorAnswer("Missing, invalid, expired or revoked token");
  answers["403"] = errorAnswer("The token's scope or its creator's role does not allow this");
  if (path.includes("{")) answers["404"] = errorAnswer("No such record (or path segment)");
  if (operation.conflict) answers["409"] = errorAnswer("Conflicts with the current state (the message says how)");
  answers["422"] = errorAnswer("Invalid input; `fieldErrors` names each field");
  answers["429"] = errorAnswer("Rate limited (300 requests a minute per token); see Retry-After");
  return answers;
}

function operationObject(path: string, operation: Operation) {
  const parameters = [...pathParameters(path, operation.pathEnums), ...(operation.query ? queryParameters(operation.query) : [])];
  const content = operation.body
    ? json(bodySchema(operation.body))
    : operation.fileBody
      ? { [operation.fileBody]: { schema: { type: "string" } } }
      : null;
  return {
    summary: operation.summary,
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(content ? { requestBody: { required: true, content } } : {}),
    responses: responses(path, operation),
  };
}

function buildDocument() {
  const paths = Object.fromEntries(
    Object.entries(OPERATIONS).map(([path, methods]) => [
      path,
      Object.fromEntries(Object.entries(methods).map(([method, operation]) => [method, operationObject(path, operation)])),
    ]),
  );
  return {
    openapi: "3.1.0",
    info: {
      title: "Status page management API",
      version: "1",
      description: `Bearer tokens from Admin → API tokens. \`read\` tokens may only read; \`write\` tokens act with their creator's role. Every change is audited and validated exactly as in the console. Answers are JSON: \`{ "data": … }\` on success, \`{ "error", "fieldErrors"? }\` otherwise.`,
    },
    servers: [{ url: "/api/admin/v1" }],
    security: [{ bearer: [] }],
    paths,
    components: { securitySchemes: { bearer: { type: "http", scheme: "bearer" } }, schemas: responseSchemas() },
  };
}

export const OPENAPI_DOCUMENT = buildDocument();
