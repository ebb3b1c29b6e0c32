import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import * as alertIntegrationRoute from "@/app/api/admin/v1/alert-integrations/[id]/route";
import * as alertRulesRoute from "@/app/api/admin/v1/alert-integrations/[id]/rules/route";
import * as alertIntegrationsRoute from "@/app/api/admin/v1/alert-integrations/route";
import * as chatEnableRoute from "@/app/api/admin/v1/chat-channels/[id]/enable/route";
import * as chatChannelRoute from "@/app/api/admin/v1/chat-channels/[id]/route";
import * as chatChannelsRoute from "@/app/api/admin/v1/chat-channels/route";
import * as alertRuleRoute from "@/app/api/admin/v1/alert-rules/[id]/route";
import * as componentRoute from "@/app/api/admin/v1/components/[id]/route";
import * as incidentRoute from "@/app/api/admin/v1/incidents/[id]/route";
import * as resolveRoute from "@/app/api/admin/v1/incidents/[id]/resolve/route";
import * as updatesRoute from "@/app/api/admin/v1/incidents/[id]/updates/route";
import * as incidentsRoute from "@/app/api/admin/v1/incidents/route";
import * as jobActionRoute from "@/app/api/admin/v1/jobs/[jobClass]/[action]/route";
import * as jobsRoute from "@/app/api/admin/v1/jobs/route";
import * as componentsRoute from "@/app/api/admin/v1/components/route";
import * as postmortemRoute from "@/app/api/admin/v1/incidents/[id]/postmortem/route";
import * as publishPostmortemRoute from "@/app/api/admin/v1/incidents/[id]/postmortem/publish/route";
import * as windowsRoute from "@/app/api/admin/v1/incidents/[id]/windows/route";
import * as transitionRoute from "@/app/api/admin/v1/maintenance/[id]/[transition]/route";
import * as maintenanceEditRoute from "@/app/api/admin/v1/maintenance/[id]/route";
import * as maintenanceRoute from "@/app/api/admin/v1/maintenance/route";
import * as subscriberRoute from "@/app/api/admin/v1/subscribers/[id]/route";
import * as importRoute from "@/app/api/admin/v1/subscribers/import/route";
import * as importJobRoute from "@/app/api/admin/v1/subscribers/imports/[id]/route";
import * as subscribersRoute from "@/app/api/admin/v1/subscribers/route";
import * as webhookActionRoute from "@/app/api/admin/v1/webhooks/[id]/[action]/route";
import * as webhookRoute from "@/app/api/admin/v1/webhooks/[id]/route";
import * as webhooksRoute from "@/app/api/admin/v1/webhooks/route";
import * as windowRoute from "@/app/api/admin/v1/windows/[id]/route";
import { createApiToken, revokeApiToken } from "@/server/api-token";
import { makeComponents, uniqueLabel } from "@/test/fixtures/incident";
import { ctxAs } from "@/test/actors";
import { testDb } from "@/test/db";
import { contractProblems } from "@/test/openapi-contract";
import { claimImport, runImport } from "@/server/subscriber/import/run-import";
import { OPENAPI_DOCUMENT } from "./openapi";

const db = testDb();
const URL_BASE = "http://status.test/api/admin/v1";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
async function call(
  handler: Handler,
  options: { method: string; path: string; token?: string; body?: unknown; params?: Record<string, string> },
) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const request = new Request(`${URL_BASE}${options.path}`, {
    method: options.method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const response = await handler(request, { params: Promise.resolve(options.params ?? {}) });
  return conforming(options.method, options.path, response);
}

type Route = Partial<Record<"GET" | "POST" | "PUT" | "PATCH" | "DELETE", Handler>>;
type Params = Record<string, string>;

/** Requests as the holder of `token` (none: anonymous), each answer checked against the OpenAPI document. */
function by(token?: string) {
  const send = (method: keyof Route, route: Route, path: string, body?: unknown, params?: Params) =>
    call(route[method]!, { method, path, token, body, params });
  return {
    get: (route: Route, path: string, params?: Params) => send("GET", route, path, undefined, params),
    delete: (route: Route, path: string, params?: Params) => send("DELETE", route, path, undefined, params),
    post: (route: Route, path: string, body: unknown, params?: Params) => send("POST", route, path, body, params),
    put: (route: Route, path: string, body: unknown, params?: Params) => send("PUT", route, path, body, params),
    patch: (route: Route, path: string, body: unknown, params?: Params) => send("PATCH", route, path, body, params),
  };
}

/** Every answer, status and body, must be one the OpenAPI document describes. */
async function conforming(method: string, path: string, response: Response) {
  const json = response.status === 204 ? null : await response.json();
  expect(contractProblems(method, path, response.status, json)).toEqual([]);
  return { status: response.status, json };
}

describe("management API routes", () => {
  it("declares, updates and resolves an incident with a write token; every step audited as the token", async () => {
    const admin = await ctxAs(db, "admin");
    const { token, secret } = await createApiToken({ ctx: admin, input: { name: "Pager", scope: "write" } });
    const [api] = await makeComponents(db, 1);
    const title = uniqueLabel("API errors");

    const created = await by(secret).post(incidentsRoute, "/incidents", {
      title,
      body: "Errors on **API**.",
      impact: "major",
      components: [{ componentId: api!.id, status: "major_outage" }],
    });
    expect(created.status).toBe(201);
    const id = created.json.data.id as string;
    expect((await db.incident.findUniqueOrThrow({ where: { id } })).publishedAt).not.toBeNull();

    const update = await by(secret).post(updatesRoute, `/incidents/${id}/updates`, { status: "identified", body: "Found it." }, { id });
    expect(update.status).toBe(201);
    const got = await by(secret).get(incidentRoute, `/incidents/${id}`, { id });
    expect(got.json.data).toMatchObject({ id, title, status: "identified" });
    const resolved = await by(secret).post(resolveRoute, `/incidents/${id}/resolve`, { body: "Fixed." }, { id });
    expect(resolved.status).toBe(200);
    expect((await db.component.findUniqueOrThrow({ where: { id: api!.id } })).status).toBe("operational");

    const audit = await db.auditLog.findMany({ where: { actorId: token.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(["incident.create", "incident_update.create", "incident.resolve"]));
    expect(audit.every((a) => a.actorType === "token" && a.actorLabel.includes("Pager"))).toBe(true);
  });

  it("answers 401 without or with a revoked token, 403 for a read token, 422 with field errors, 404 for unknown ids", async () => {
    const admin = await ctxAs(db, "admin");
    const write = await createApiToken({ ctx: admin, input: { name: "W", scope: "write" } });
    const read = await createApiToken({ ctx: admin, input: { name: "R", scope: "read" } });
    const [component] = await makeComponents(db, 1);
    const before = await db.incident.count();

    expect((await by().post(incidentsRoute, "/incidents", { title: "x", body: "y" })).status).toBe(401);
    const forbidden = await by(read.secret).post(incidentsRoute, "/incidents", { title: "x", body: "y" });
    expect(forbidden).toMatchObject({ status: 403, json: { error: expect.any(String) } });
    expect((await by(read.secret).get(incidentsRoute, "/incidents")).status).toBe(200);

    const invalid = await by(write.secret).post(incidentsRoute, "/incidents", {
      title: "",
      impact: "apocalyptic",
      components: [{ componentId: component!.id, status: "on_fire" }],
    });
    expect(invalid.status).toBe(422);
    expect(Object.keys(invalid.json.fieldErrors)).toEqual(expect.arrayContaining(["title", "impact", "components.0.status"]));
    expect(await db.incident.count()).toBe(before);

    const status = await by(write.secret).patch(componentRoute, `/components/${component!.id}`, { status: "bogus" }, { id: component!.id });
    expect(status.status).toBe(422);
    expect(Object.keys(status.json.fieldErrors)).toContain("status");
    expect(await by(write.secret).get(incidentRoute, "/incidents/nope", { id: "nope" })).toMatchObject({
      status: 404,
      json: { error: "Incident not found" },
    });

    // A body nested 100,000 deep is refused before anything walks it; broken JSON names the body.
    for (const [body, message] of [
      [`{"title":${"[".repeat(100_000)}${"]".repeat(100_000)}}`, /nests deeper than 32/],
      ['{"title": "x",', /not valid JSON/],
    ] as const) {
      const request = new Request(`${URL_BASE}/incidents`, {
        method: "POST",
        headers: { authorization: `Bearer ${write.secret}`, "content-type": "application/json" },
        body,
      });
      const response = await conforming("POST", "/incidents", await incidentsRoute.POST(request, { params: Promise.resolve({}) }));
      expect(response.status).toBe(422);
      expect(response.json.fieldErrors.body[0]).toMatch(message);
    }
    expect(await db.incident.count()).toBe(before);

    await revokeApiToken({ ctx: admin, input: { tokenId: write.token.id } });
    expect((await by(write.secret).get(incidentsRoute, "/incidents")).status).toBe(401);
  });

  it("covers windows, postmortems, maintenance, subscribers and components with the same verbs and errors", async () => {
    const admin = await ctxAs(db, "admin");
    const { secret } = await createApiToken({ ctx: admin, input: { name: "Ops", scope: "write" } });
    const api = by(secret);
    const created = await api.post(componentsRoute, "/components", { name: uniqueLabel("Queue") });
    expect(created.status).toBe(201);
    const componentId = created.json.data.id as string;
    const incident = await api.post(incidentsRoute, "/incidents", { title: uniqueLabel("Queue lag"), body: "Lagging." });
    const id = incident.json.data.id as string;

    const start = new Date(Date.now() - 3_600_000).toISOString();
    const window = await api.post(windowsRoute, `/incidents/${id}/windows`, { componentId, severity: "partial", startedAt: start }, { id });
    expect(window.status).toBe(201);
    const overlap = await api.post(windowsRoute, `/incidents/${id}/windows`, { componentId, severity: "major", startedAt: start }, { id });
    expect(overlap.status).toBe(422);
    expect(Object.keys(overlap.json.fieldErrors)).toContain("startedAt");
    const windowId = window.json.data.id as string;
    expect((await api.delete(windowRoute, `/windows/${windowId}`, { id: windowId })).status).toBe(204);

    expect((await api.put(postmortemRoute, `/incidents/${id}/postmortem`, { body: "## What happened" }, { id })).status).toBe(200);
    expect((await api.post(publishPostmortemRoute, `/incidents/${id}/postmortem/publish`, {}, { id })).status).toBe(200);
    expect((await db.postmortem.findUniqueOrThrow({ where: { incidentId: id } })).publishedAt).not.toBeNull();

    const scheduled = await api.post(maintenanceRoute, "/maintenance", {
      title: uniqueLabel("Upgrade"),
      componentIds: [componentId],
      scheduledStart: new Date(Date.now() + 86_400_000).toISOString(),
      scheduledEnd: new Date(Date.now() + 90_000_000).toISOString(),
      notifyOnSchedule: false,
    });
    expect(scheduled.status).toBe(201);
    const maintenanceId = scheduled.json.data.id as string;
    const badEnd = await api.post(maintenanceRoute, "/maintenance", {
      title: "x",
      componentIds: [componentId],
      scheduledStart: new Date(Date.now() + 2 * 86_400_000).toISOString(),
      scheduledEnd: new Date(Date.now() + 86_400_000).toISOString(),
    });
    expect(Object.keys(badEnd.json.fieldErrors ?? {})).toContain("scheduledEnd");
    // Inherited names are not transitions (they were: 500, or 200 with "[object Undefined]").
    for (const transition of ["explode", "constructor", "__proto__", "toString", "hasOwnProperty"]) {
      const refused = await api.post(transitionRoute, `/maintenance/${maintenanceId}/${transition}`, {}, { id: maintenanceId, transition });
      expect(refused.status, transition).toBe(404);
      expect(refused.json.error, transition).toBe("Unknown transition: use start, verify, complete or cancel");
    }
    expect(
      (await api.post(transitionRoute, `/maintenance/${maintenanceId}/cancel`, {}, { id: maintenanceId, transition: "cancel" })).status,
    ).toBe(200);
    expect((await db.maintenance.findUniqueOrThrow({ where: { id: maintenanceId } })).cancelledAt).not.toBeNull();

    const email = `api-${Date.now()}@example.test`;
    const subscriber = await api.post(subscribersRoute, "/subscribers", { email });
    expect(subscriber).toMatchObject({ status: 201, json: { data: { status: "active" } } });
    const badEmail = await api.post(subscribersRoute, "/subscribers", { email: "not an address" });
    expect(Object.keys(badEmail.json.fieldErrors)).toContain("email");
    const subscriberId = subscriber.json.data.id as string;
    expect((await api.delete(subscriberRoute, `/subscribers/${subscriberId}`, { id: subscriberId })).status).toBe(204);

    // Referenced by the incident: refused, and the component stays.
    expect((await api.delete(componentRoute, `/components/${componentId}`, { id: componentId })).status).toBe(409);
    expect(await db.component.count({ where: { id: componentId } })).toBe(1);
  });

  it("imports subscribers from a CSV body: 202 with the queued import, followed to its report", async () => {
    const admin = await ctxAs(db, "admin");
    const write = await createApiToken({ ctx: admin, input: { name: "CRM sync", scope: "write" } });
    const read = await createApiToken({ ctx: admin, input: { name: "CRM read", scope: "read" } });
    const tag = Date.now().toString(36);
    const existing = `old-${tag}@example.test`;
    await by(write.secret).post(subscribersRoute, "/subscribers", { email: existing });
    const csv = `email,components\nnew-${tag}@example.test,\n${existing.toUpperCase()},\nnot-an-address,\n`;
    const post = async (token: string, body: string) => {
      const request = new Request(`${URL_BASE}/subscribers/import`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "text/csv" },
        body,
      });
      return conforming("POST", "/subscribers/import", await importRoute.POST(request, { params: Promise.resolve({}) }));
    };

    const refused = await post(read.secret, csv);
    expect(refused.status).toBe(403);
    expect(await db.subscriber.count({ where: { email: `new-${tag}@example.test` } })).toBe(0);

    const queued = await post(write.secret, csv);
    expect(queued.status).toBe(202);
    const id = queued.json.data.id as string;
    expect(queued.json.data).toMatchObject({ status: "queued", rows: null, written: 0, by: "token:CRM sync" });
    // The worker's part, run here on this import only (the shared test database has no worker loop).
    expect(await claimImport(db, "routes-test", 60_000, id)).toBe(id);
    await runImport({ db, owner: "routes-test", leaseMs: 60_000 }, id);
    const followed = await by(read.secret).get(importJobRoute, `/subscribers/imports/${id}`, { id });
    expect(followed.status).toBe(200);
    const report = followed.json.data;
    expect(report).toMatchObject({ status: "done", rows: 2, written: 2, imported: 1, skippedExisting: 1, rejectedCount: 1 });
    expect(report.rejected[0].reason).toBeTruthy();
    expect(await db.subscriber.findFirst({ where: { email: `new-${tag}@example.test` } })).toMatchObject({
      status: "active",
      source: "import",
    });

    const headerless = await post(write.secret, "someone@example.test\n");
    expect(headerless.status).toBe(422);
    expect(Object.keys(headerless.json.fieldErrors)).toContain("csv");

    const missing = await by(read.secret).get(importJobRoute, "/subscribers/imports/nope", { id: "nope" });
    expect(missing.status).toBe(404);
  });

  it("manages webhook endpoints for owners and admins only; secrets appear only on create and rotate", async () => {
    const admin = await ctxAs(db, "admin");
    const demoted = await ctxAs(db, "admin");
    const write = await createApiToken({ ctx: admin, input: { name: "Terraform", scope: "write" } });
    const read = await createApiToken({ ctx: admin, input: { name: "Terraform read", scope: "read" } });
    // A token acts with its creator's current role: this one's creator is an editor now.
    const editorToken = await createApiToken({ ctx: demoted, input: { name: "Demoted", scope: "write" } });
    if (demoted.actor.type === "user") await db.user.update({ where: { id: demoted.actor.id }, data: { role: "editor" } });
    const url = "https://hooks.example.test/api-managed";

    const bad = await by(write.secret).post(webhooksRoute, "/webhooks", { url: "gopher://x", events: [] });
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.json.fieldErrors).sort()).toEqual(["events", "url"]);
    expect((await by(editorToken.secret).post(webhooksRoute, "/webhooks", { url, events: ["incident"] })).status).toBe(403);

    const created = await by(write.secret).post(webhooksRoute, "/webhooks", { url, events: ["incident"], description: "IaC" });
    expect(created.status).toBe(201);
    const { endpoint, secret } = created.json.data as { endpoint: { id: string }; secret: string };
    expect(secret).toMatch(/^whsec_/);
    const id = endpoint.id;
    try {
      expect((await by(read.secret).get(webhooksRoute, "/webhooks")).status).toBe(403);
      const listed = await by(write.secret).get(webhooksRoute, "/webhooks");
      expect(listed.json.data.find((e: { id: string }) => e.id === id)).toMatchObject({ url, events: ["incident"], enabled: true });
      expect(JSON.stringify(listed.json)).not.toContain(secret);

      const patched = await by(write.secret).patch(webhookRoute, `/webhooks/${id}`, { events: ["component", "maintenance"] }, { id });
      expect(patched.json.data).toMatchObject({ url, description: "IaC", events: ["component", "maintenance"], enabled: true });

      expect((await by(write.secret).post(webhookActionRoute, `/webhooks/${id}/test`, {}, { id, action: "test" })).status).toBe(204);
      expect(await db.delivery.count({ where: { endpointId: id, channel: "webhook", state: "queued" } })).toBe(1);
      const rotated = await by(write.secret).post(webhookActionRoute, `/webhooks/${id}/rotate-secret`, {}, { id, action: "rotate-secret" });
      expect(rotated.json.data.secret).toMatch(/^whsec_/);
      expect(rotated.json.data.secret).not.toBe(secret);
      const unknown = await by(write.secret).post(webhookActionRoute, `/webhooks/${id}/explode`, {}, { id, action: "explode" });
      expect(unknown).toMatchObject({ status: 404, json: { error: "Unknown action: use test or rotate-secret" } });

      const detail = await by(write.secret).get(webhookRoute, `/webhooks/${id}`, { id });
      expect(detail.json.data.deliveries.map((d: { event: string }) => d.event)).toEqual(["ping"]);
    } finally {
      expect((await by(write.secret).delete(webhookRoute, `/webhooks/${id}`, { id })).status).toBe(204);
    }
    expect(await db.webhookEndpoint.count({ where: { id } })).toBe(0);
    const gone = await by(write.secret).get(webhookRoute, `/webhooks/${id}`, { id });
    expect(gone).toMatchObject({ status: 404, json: { error: "This webhook endpoint does not exist" } });
  });

  it("answers the reads and edits the other tests leave out as the document describes", async () => {
    const admin = await ctxAs(db, "admin");
    const { secret } = await createApiToken({ ctx: admin, input: { name: "Contract", scope: "write" } });
    const api = by(secret);
    const [component] = await makeComponents(db, 1);
    const componentId = component!.id;

    const components = await api.get(componentsRoute, "/components");
    expect(components.json.data.components.map((c: { id: string }) => c.id)).toContain(componentId);
    const edited = await api.patch(componentRoute, `/components/${componentId}`, { description: "Edge" }, { id: componentId });
    expect(edited.json.data).toMatchObject({ id: componentId, description: "Edge", showcase: true });
    const both = await api.patch(
      componentRoute,
      `/components/${componentId}`,
      { name: "Edge API", status: "degraded_performance" },
      { id: componentId },
    );
    expect(both.json.data).toMatchObject({ id: componentId, status: "degraded_performance", statusSource: "manual" });
    expect(await db.component.findUniqueOrThrow({ where: { id: componentId } })).toMatchObject({ name: "Edge API", description: "Edge" });

    const draft = await api.post(incidentsRoute, "/incidents", { title: uniqueLabel("Draft"), body: "Not yet", publish: false });
    const draftId = draft.json.data.id as string;
    expect(draft.json.data.publishedAt).toBeNull();
    const renamed = await api.patch(
      incidentRoute,
      `/incidents/${draftId}`,
      { title: "Renamed draft", componentIds: [componentId] },
      { id: draftId },
    );
    expect(renamed.json.data).toMatchObject({ id: draftId, title: "Renamed draft" });
    const drafts = await api.get(incidentsRoute, "/incidents?status=draft&limit=500");
    expect(drafts.json.data.map((i: { id: string }) => i.id)).toContain(draftId);
    expect((await api.delete(incidentRoute, `/incidents/${draftId}`, { id: draftId })).status).toBe(204);

    const live = await api.post(incidentsRoute, "/incidents", {
      title: uniqueLabel("Live"),
      body: "Now",
      components: [{ componentId, status: "partial_outage" }],
    });
    const id = live.json.data.id as string;
    const detail = await api.get(incidentRoute, `/incidents/${id}`, { id });
    const windowId = detail.json.data.windows[0].id as string;
    const window = await api.patch(windowRoute, `/windows/${windowId}`, { severity: "major" }, { id: windowId });
    expect(window.json.data).toMatchObject({ id: windowId, severity: "major", endedAt: null });
    await api.put(postmortemRoute, `/incidents/${id}/postmortem`, { body: "## Cause" }, { id });
    await api.post(publishPostmortemRoute, `/incidents/${id}/postmortem/publish`, {}, { id });
    expect((await api.delete(postmortemRoute, `/incidents/${id}/postmortem`, { id })).status).toBe(204);
    expect((await db.postmortem.findUniqueOrThrow({ where: { incidentId: id } })).publishedAt).toBeNull();

    const start = Date.now() + 3 * 86_400_000;
    const scheduled = await api.post(maintenanceRoute, "/maintenance", {
      title: uniqueLabel("Window"),
      componentIds: [componentId],
      scheduledStart: new Date(start).toISOString(),
      scheduledEnd: new Date(start + 3_600_000).toISOString(),
      notifyOnSchedule: false,
    });
    const maintenanceId = scheduled.json.data.id as string;
    const rescheduled = await api.patch(
      maintenanceEditRoute,
      `/maintenance/${maintenanceId}`,
      { title: "Database upgrade" },
      { id: maintenanceId },
    );
    expect(rescheduled.json.data).toMatchObject({ id: maintenanceId, title: "Database upgrade" });
    const listed = await api.get(maintenanceRoute, "/maintenance");
    expect(listed.json.data.upcoming.map((m: { id: string }) => m.id)).toContain(maintenanceId);

    await api.post(subscribersRoute, "/subscribers", { email: `contract-${Date.now()}@example.test`, componentIds: [componentId] });
    const page = await api.get(subscribersRoute, "/subscribers?search=contract-&limit=5");
    expect(page.json.data.items.length).toBeGreaterThan(0);
  });

  it("pauses and resumes a job class; unknown classes and actions are 404, read tokens 403", async () => {
    const admin = await ctxAs(db, "admin");
    const write = by((await createApiToken({ ctx: admin, input: { name: "Ops", scope: "write" } })).secret);
    const read = by((await createApiToken({ ctx: admin, input: { name: "Watch", scope: "read" } })).secret);
    // Webhooks: the one class no test on this shared database runs a worker for.
    const webhook = { jobClass: "webhook", action: "pause" };
    const paused = await write.post(jobActionRoute, "/jobs/webhook/pause", { reason: "receiver migration" }, webhook);
    expect(paused).toMatchObject({
      status: 200,
      json: { data: { jobClass: "webhook", paused: true, changed: true, reason: "receiver migration" } },
    });
    const listed = await read.get(jobsRoute, "/jobs");
    expect(listed.json.data.find((c: { jobClass: string }) => c.jobClass === "webhook")).toMatchObject({
      paused: true,
      reason: "receiver migration",
    });
    expect((await read.post(jobActionRoute, "/jobs/webhook/resume", {}, { ...webhook, action: "resume" })).status).toBe(403);
    const resumed = await write.post(jobActionRoute, "/jobs/webhook/resume", {}, { ...webhook, action: "resume" });
    expect(resumed.json.data).toMatchObject({ paused: false, changed: true });
    expect(await write.post(jobActionRoute, "/jobs/sms/pause", {}, { jobClass: "sms", action: "pause" })).toMatchObject({
      status: 404,
      json: { error: "Unknown job class: use email, webhook, chat, maintenance, import, alerts" },
    });
    expect(await write.post(jobActionRoute, "/jobs/email/stop", {}, { jobClass: "email", action: "stop" })).toMatchObject({
      status: 404,
      json: { error: "Unknown action: use pause or resume" },
    });
    const tooLong = await write.post(
      jobActionRoute,
      "/jobs/email/pause",
      { reason: "x".repeat(201) },
      { jobClass: "email", action: "pause" },
    );
    expect(tooLong.status).toBe(422);
    expect(Object.keys(tooLong.json.fieldErrors)).toEqual(["reason"]);
    expect(await db.jobControl.count({ where: { paused: true } })).toBe(0);
  });

  it("adds an alert integration and a rule, lists them, and revokes the integration", async () => {
    const admin = await ctxAs(db, "admin");
    const write = by((await createApiToken({ ctx: admin, input: { name: "Ops", scope: "write" } })).secret);
    const read = by((await createApiToken({ ctx: admin, input: { name: "Watch", scope: "read" } })).secret);
    const [component] = await makeComponents(db, 1);
    const created = await write.post(alertIntegrationsRoute, "/alert-integrations", {
      name: uniqueLabel("Prometheus"),
      source: "alertmanager",
    });
    expect(created.status).toBe(201);
    const { integration, secret } = created.json.data as { integration: { id: string }; secret: string };
    expect(secret).toMatch(/^spk_/);
    const id = integration.id;
    expect((await read.post(alertIntegrationsRoute, "/alert-integrations", { name: "x", source: "grafana" })).status).toBe(403);
    const badSource = await write.post(alertIntegrationsRoute, "/alert-integrations", { name: "x", source: "nagios" });
    expect(Object.keys(badSource.json.fieldErrors)).toEqual(["source"]);

    const rulePath = `/alert-integrations/${id}/rules`;
    const rule = await write.post(
      alertRulesRoute,
      rulePath,
      { matchers: 'service="api"', componentIds: [component!.id], status: "partial_outage" },
      { id },
    );
    expect(rule).toMatchObject({
      status: 201,
      json: { data: { matchers: 'service="api"', componentIds: [component!.id], holdSeconds: 120 } },
    });
    const badRule = await write.post(
      alertRulesRoute,
      rulePath,
      { matchers: 'service=~"("', componentIds: [component!.id], status: "partial_outage" },
      { id },
    );
    expect(Object.keys(badRule.json.fieldErrors)).toEqual(["matchers"]);
    const listed = await read.get(alertIntegrationsRoute, "/alert-integrations");
    expect(listed.json.data.find((i: { id: string }) => i.id === id)).toMatchObject({
      rules: [{ id: rule.json.data.id }],
      unmatched: [],
      waiting: 0,
    });
    expect(JSON.stringify(listed.json)).not.toContain(secret);

    const ruleId = rule.json.data.id as string;
    expect((await write.delete(alertRuleRoute, `/alert-rules/${ruleId}`, { id: ruleId })).status).toBe(204);
    expect((await write.delete(alertRuleRoute, `/alert-rules/${ruleId}`, { id: ruleId })).status).toBe(404);
    expect((await write.delete(alertIntegrationRoute, `/alert-integrations/${id}`, { id })).status).toBe(204);
    expect((await db.alertIntegration.findUniqueOrThrow({ where: { id } })).revokedAt).not.toBeNull();
    expect((await write.delete(alertIntegrationRoute, "/alert-integrations/nope", { id: "nope" })).status).toBe(404);
  });

  it("adds a chat channel, lists it with its delivery log (URL masked), switches it on again, and removes it", async () => {
    const admin = await ctxAs(db, "admin");
    const write = by((await createApiToken({ ctx: admin, input: { name: "Chat ops", scope: "write" } })).secret);
    const read = by((await createApiToken({ ctx: admin, input: { name: "Chat watch", scope: "read" } })).secret);
    const [component] = await makeComponents(db, 1);
    // Only this component: the shared database's other tests announce incidents on components of their own.
    const url = "https://hooks.example.test/services/T000/B000/routes-secret";
    const bad = await write.post(chatChannelsRoute, "/chat-channels", { kind: "irc", url: "nope" });
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.json.fieldErrors).sort()).toEqual(["kind", "url"]);
    expect((await read.post(chatChannelsRoute, "/chat-channels", { kind: "slack", url })).status).toBe(403);
    const created = await write.post(chatChannelsRoute, "/chat-channels", {
      kind: "slack",
      url,
      label: "#status",
      componentIds: [component!.id],
    });
    expect(created).toMatchObject({
      status: 201,
      json: { data: { kind: "slack", status: "active", label: "#status", componentIds: [component!.id] } },
    });
    const id = created.json.data.id as string;
    try {
      expect(JSON.stringify(created.json)).not.toContain("routes-secret");
      await db.chatChannel.update({ where: { id }, data: { status: "disabled", disabledReason: "HTTP 404" } });
      const listed = await write.get(chatChannelsRoute, "/chat-channels");
      expect(listed.json.data.find((c: { id: string }) => c.id === id)).toMatchObject({ status: "disabled", deliveries: [] });
      const enabled = await write.post(chatEnableRoute, `/chat-channels/${id}/enable`, {}, { id });
      expect(enabled.json.data).toMatchObject({ status: "active", disabledReason: null });
    } finally {
      expect((await write.delete(chatChannelRoute, `/chat-channels/${id}`, { id })).status).toBe(204);
    }
    expect((await write.delete(chatChannelRoute, `/chat-channels/${id}`, { id })).json).toEqual({
      error: "This chat channel does not exist",
    });
  });

  it("documents exactly the routes and methods that exist", async () => {
    const root = path.resolve("app/api/admin/v1");
    const found: Array<{ route: string; file: string }> = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir)) {
        const full = path.join(dir, entry);
        if (statSync(full).isDirectory()) walk(full);
        else if (entry === "route.ts") found.push({ route: `/${path.relative(root, dir)}`.replace(/\[(\w+)\]/g, "{$1}"), file: full });
      }
    };
    walk(root);
    const served: Record<string, string[]> = {};
    for (const { route, file } of found.filter((f) => f.route !== "/openapi.json")) {
      const handlers = (await import(file)) as Record<string, unknown>;
      served[route] = ["get", "post", "put", "patch", "delete"].filter((method) => typeof handlers[method.toUpperCase()] === "function");
    }
    const documented = Object.fromEntries(
      Object.entries(OPENAPI_DOCUMENT.paths).map(([route, methods]) => [route, Object.keys(methods).sort()]),
    );
    expect(Object.keys(served).length).toBeGreaterThan(10);
    expect(Object.fromEntries(Object.entries(served).map(([route, methods]) => [route, methods.sort()]))).toEqual(documented);
  });
});
