// The management API's OpenAPI 3.1 document, served at /api/admin/v1/openapi.json. Kept beside the
// routes it describes; a test checks every documented path has a route file and the reverse.
const json = (schema: object) => ({ "application/json": { schema } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const errors = {
  "401": { description: "Missing, invalid, expired or revoked token", content: json(ref("Error")) },
  "403": { description: "The token's scope or its creator's role does not allow this", content: json(ref("Error")) },
  "422": { description: "Invalid input; `fieldErrors` names each field", content: json(ref("Error")) },
  "429": { description: "Rate limited (300 requests a minute per token); see Retry-After", content: json(ref("Error")) },
};
const ok = (description: string, status = "200") => ({ [status]: { description, content: json({ type: "object", properties: { data: {} } }) }, ...errors });
const body = (schema: object) => ({ required: true, content: json(schema) });
const idParam = [{ name: "id", in: "path", required: true, schema: { type: "string" } }];
const webhookFields = (required: string[]) => ({
  type: "object",
  required,
  properties: {
    url: { type: "string", format: "uri" },
    description: { type: "string", maxLength: 200 },
    events: { type: "array", minItems: 1, items: { enum: ["incident", "component", "maintenance"] } },
    enabled: { type: "boolean" },
  },
});
const componentChange = { type: "object", required: ["componentId", "status"], properties: { componentId: { type: "string" }, status: ref("ComponentStatus") } };

export const OPENAPI_DOCUMENT = {
  openapi: "3.1.0",
  info: {
    title: "Status page management API",
    version: "1",
    description: "Bearer tokens from Admin → API tokens. `read` tokens may only read; `write` tokens act with their creator's role. Every change is audited and validated exactly as in the console.",
  },
  servers: [{ url: "/api/admin/v1" }],
  security: [{ bearer: [] }],
  paths: {
    "/components": {
      get: { summary: "List groups and components", responses: ok("Rows in page order") },
      post: { summary: "Create a component (owner/admin)", requestBody: body({ type: "object", required: ["name"], properties: { name: { type: "string" }, description: { type: ["string", "null"] }, groupId: { type: ["string", "null"] }, showcase: { type: "boolean" } } }), responses: ok("The component", "201") },
    },
    "/components/{id}": {
      patch: {
        summary: "Set a component's status (`status`, null hands it back to windows) and/or edit it",
        parameters: idParam,
        requestBody: body({ type: "object", properties: { status: { oneOf: [ref("ComponentStatus"), { type: "null" }] }, name: { type: "string" }, description: { type: ["string", "null"] }, showcase: { type: "boolean" } } }),
        responses: ok("The component"),
      },
      delete: { summary: "Delete (409 while referenced: hide it instead)", parameters: idParam, responses: { "204": { description: "Deleted" }, ...errors } },
    },
    "/incidents": {
      get: { summary: "List incidents", parameters: [{ name: "status", in: "query", schema: { enum: ["all", "open", "draft", "resolved", "investigating", "identified", "monitoring"] } }, { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 500 } }], responses: ok("Incidents, newest first") },
      post: {
        summary: "Declare an incident (published at once unless publish is false)",
        requestBody: body({
          type: "object",
          required: ["title", "body"],
          properties: {
            title: { type: "string", maxLength: 200 },
            body: { type: "string", description: "Markdown text of the first update" },
            impact: { enum: ["none", "minor", "major", "critical"] },
            status: { enum: ["investigating", "identified", "monitoring"] },
            components: { type: "array", items: componentChange },
            startedAt: { type: "string", format: "date-time" },
            publish: { type: "boolean", default: true },
            notify: { type: "boolean", default: true },
          },
        }),
        responses: ok("The incident", "201"),
      },
    },
    "/incidents/{id}": {
      get: { summary: "One incident with updates, windows and postmortem", parameters: idParam, responses: { ...ok("The incident"), "404": { description: "No such incident", content: json(ref("Error")) } } },
      patch: { summary: "Edit title, impact, start or affected components (never notifies)", parameters: idParam, requestBody: body({ type: "object", properties: { title: { type: "string" }, impact: { enum: ["none", "minor", "major", "critical"] }, startedAt: { type: "string", format: "date-time" }, componentIds: { type: "array", items: { type: "string" } } } }), responses: ok("The incident") },
      delete: { summary: "Delete a draft", parameters: idParam, responses: { "204": { description: "Deleted" }, ...errors } },
    },
    "/incidents/{id}/updates": {
      post: {
        summary: "Post an update (a resolved one resolves the incident)",
        parameters: idParam,
        requestBody: body({ type: "object", required: ["status", "body"], properties: { status: { enum: ["investigating", "identified", "monitoring", "resolved"] }, body: { type: "string" }, notify: { type: "boolean", default: true }, components: { type: "array", items: componentChange }, displayAt: { type: "string", format: "date-time" } } }),
        responses: ok("The update", "201"),
      },
    },
    "/incidents/{id}/resolve": {
      post: { summary: "Resolve: open windows close, components return to operational unless keepStatuses", parameters: idParam, requestBody: body({ type: "object", properties: { body: { type: "string" }, notify: { type: "boolean", default: true }, keepStatuses: { type: "boolean" }, resolvedAt: { type: "string", format: "date-time" } } }), responses: ok("The incident") },
    },
    "/incidents/{id}/windows": {
      post: {
        summary: "Add a degradation window (no overlap for the same component)",
        parameters: idParam,
        requestBody: body({ type: "object", required: ["componentId", "severity", "startedAt"], properties: { componentId: { type: "string" }, severity: { enum: ["degraded", "partial", "major"] }, startedAt: { type: "string", format: "date-time" }, endedAt: { type: ["string", "null"], format: "date-time" } } }),
        responses: ok("The window", "201"),
      },
    },
    "/windows/{id}": {
      patch: { summary: "Edit a window's severity, start or end", parameters: idParam, requestBody: body({ type: "object", properties: { severity: { enum: ["degraded", "partial", "major"] }, startedAt: { type: "string", format: "date-time" }, endedAt: { type: ["string", "null"], format: "date-time" } } }), responses: ok("The window") },
      delete: { summary: "Delete a window", parameters: idParam, responses: { "204": { description: "Deleted" }, ...errors } },
    },
    "/incidents/{id}/postmortem": {
      put: { summary: "Write or replace the postmortem (markdown)", parameters: idParam, requestBody: body({ type: "object", required: ["body"], properties: { body: { type: "string" } } }), responses: ok("The postmortem") },
      delete: { summary: "Unpublish (the text stays as a draft)", parameters: idParam, responses: { "204": { description: "Unpublished" }, ...errors } },
    },
    "/incidents/{id}/postmortem/publish": {
      post: { summary: "Publish the postmortem", parameters: idParam, requestBody: body({ type: "object", properties: { notify: { type: "boolean", default: false } } }), responses: ok("The postmortem") },
    },
    "/maintenance": {
      get: { summary: "List maintenance", responses: ok("Maintenance by state") },
      post: {
        summary: "Schedule maintenance",
        requestBody: body({ type: "object", required: ["title", "scheduledStart", "scheduledEnd"], properties: { title: { type: "string" }, body: { type: "string" }, componentIds: { type: "array", items: { type: "string" } }, scheduledStart: { type: "string", format: "date-time" }, scheduledEnd: { type: "string", format: "date-time" }, autoStart: { type: "boolean", default: true }, autoComplete: { type: "boolean", default: true }, notifyOnSchedule: { type: "boolean", default: true }, notifyOnStart: { type: "boolean", default: true }, notifyOnEnd: { type: "boolean", default: true } } }),
        responses: ok("The maintenance", "201"),
      },
    },
    "/maintenance/{id}": {
      patch: { summary: "Edit scheduled maintenance (never notifies)", parameters: idParam, requestBody: body({ type: "object" }), responses: ok("The maintenance") },
    },
    "/maintenance/{id}/{transition}": {
      post: {
        summary: "Start, verify, complete or cancel",
        parameters: [...idParam, { name: "transition", in: "path", required: true, schema: { enum: ["start", "verify", "complete", "cancel"] } }],
        requestBody: body({ type: "object", properties: { message: { type: "string" } } }),
        responses: ok("The maintenance"),
      },
    },
    "/webhooks": {
      get: { summary: "List webhook endpoints with their latest delivery (owner/admin)", responses: ok("Endpoints (never their secrets)") },
      post: { summary: "Add a webhook endpoint; the answer holds its signing secret, shown only here", requestBody: body(webhookFields(["url", "events"])), responses: ok("{endpoint, secret}", "201") },
    },
    "/webhooks/{id}": {
      get: { summary: "A webhook endpoint with its 50 latest deliveries", parameters: idParam, responses: ok("The endpoint") },
      patch: { summary: "Change an endpoint (only the fields sent)", parameters: idParam, requestBody: body(webhookFields([])), responses: ok("The endpoint") },
      delete: { summary: "Remove an endpoint and its delivery log", parameters: idParam, responses: { "204": { description: "Removed" }, ...errors } },
    },
    "/webhooks/{id}/{action}": {
      post: {
        summary: "`test`: queue a signed ping; `rotate-secret`: a new signing secret, shown only in this answer",
        parameters: [...idParam, { name: "action", in: "path", required: true, schema: { enum: ["test", "rotate-secret"] } }],
        responses: ok("Nothing (test) or {endpoint, secret} (rotate-secret)"),
      },
    },
    "/subscribers": {
      get: { summary: "List subscribers", parameters: [{ name: "search", in: "query", schema: { type: "string" } }, { name: "status", in: "query", schema: { enum: ["pending", "active", "unsubscribed", "bounced", "complained"] } }, { name: "cursor", in: "query", schema: { type: "string" } }, { name: "limit", in: "query", schema: { type: "integer", maximum: 200 } }], responses: ok("A page of subscribers") },
      post: { summary: "Add an active (pre-confirmed) subscriber", requestBody: body({ type: "object", required: ["email"], properties: { email: { type: "string", format: "email" }, componentIds: { type: "array", items: { type: "string" } } } }), responses: ok("The subscriber", "201") },
    },
    "/subscribers/import": {
      post: {
        summary: "Import subscribers from CSV (header row with an `email` column, optional `components`); existing addresses are skipped",
        requestBody: { required: true, content: { "text/csv": { schema: { type: "string" } } } },
        responses: ok("Counts: imported, skippedExisting, rejected rows with reasons"),
      },
    },
    "/subscribers/{id}": {
      delete: { summary: "Remove a subscriber", parameters: idParam, responses: { "204": { description: "Removed" }, ...errors } },
    },
  },
  components: {
    securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
    schemas: {
      ComponentStatus: { enum: ["operational", "degraded_performance", "partial_outage", "major_outage", "under_maintenance"] },
      Error: { type: "object", required: ["error"], properties: { error: { type: "string" }, fieldErrors: { type: "object", additionalProperties: { type: "array", items: { type: "string" } } } } },
    },
  },
} as const;
