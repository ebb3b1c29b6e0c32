import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inTransaction, systemActor, type Ctx } from "@/server/context";
import { ConflictError, ValidationError } from "@/server/errors";
import { addIncidentUpdate, createIncident, resolveIncident } from "@/server/incident";
import { makeComponents, uniqueLabel } from "@/test/fixtures/incident";
import { startMaintenance } from "@/server/maintenance";
import { makeMaintenance } from "@/test/fixtures/maintenance";
import { record } from "@/server/outbox";
import { ctxAs } from "@/test/actors";
import { freshDatabase, type FreshDatabase } from "@/test/fresh-db";
import { inBackground, silentLogger, waitUntil } from "@/test/fixtures/outbox";
import v2Schema from "@/test/statuspage-schemas/statuspage-v2.schema.json";
import webhookSchema from "@/test/statuspage-schemas/webhook.schema.json";
import { WebhookReceiver } from "@/test/webhook-receiver";
import { createWebhook, deleteWebhook, retryWebhookDelivery, sendTestWebhook, updateWebhook } from ".";
import { runWebhookWorker } from "./worker";

// A real receiver over HTTP, signatures checked with the Standard Webhooks reference library.
let fresh: FreshDatabase;
const receiver = new WebhookReceiver();
let base = "";
let admin: Ctx;
let editor: Ctx;

beforeAll(async () => {
  fresh = await freshDatabase("webhook");
  base = await receiver.start();
  admin = await ctxAs(fresh.db, "admin");
  editor = await ctxAs(fresh.db, "editor");
}, 120_000);
afterAll(async () => {
  // Incident, component, maintenance and ping bodies all went through the schema.
  expect(verified.count).toBeGreaterThanOrEqual(10);
  await receiver.stop();
  await fresh?.drop();
});

type WorkerSetup = Omit<Parameters<typeof runWebhookWorker>[0], "db" | "provider" | "logger" | "signal">;

/** The webhook worker in this process: 20 ms idle, 2 s per request unless `options` say otherwise. */
function startWorker(options: WorkerSetup) {
  const { db, provider } = fresh;
  return inBackground((signal) =>
    runWebhookWorker({ db, provider, logger: silentLogger, idleMs: 20, timeoutMs: 2_000, ...options, signal }),
  );
}

/** Runs the webhook worker (retrying after 50 ms) until nothing is queued or sending. */
async function drain(timeoutMs = 30_000) {
  const worker = startWorker({ retryDelay: () => 50, allowPrivate: true });
  const open = { channel: "webhook", state: { in: ["queued", "sending"] } };
  try {
    await waitUntil(async () => (await fresh.db.delivery.count({ where: open })) === 0, timeoutMs, 25);
  } finally {
    await worker.stop();
  }
}

/** A port nothing listens on: taken from the OS, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Runs the worker until each given endpoint's deliveries have had one attempt. */
async function runUntilTried(allowPrivate: boolean, endpointIds: string[], timeoutMs = 2_000) {
  const worker = startWorker({ timeoutMs, allowPrivate });
  const pending = { endpointId: { in: endpointIds }, OR: [{ attempts: 0 }, { state: "sending" }] };
  await waitUntil(async () => (await fresh.db.delivery.count({ where: pending })) === 0, 60_000, 25);
  await worker.stop();
}

// Every body that passes the signature check must also match the Statuspage-shaped schema.
const ajv = new Ajv({ allErrors: true, allowUnionTypes: true });
addFormats(ajv);
ajv.addSchema(v2Schema);
const matchesSchema = ajv.compile(webhookSchema);
const verified = { count: 0 };

function verify(secret: string, request: { headers: Record<string, unknown>; body: string }) {
  const body = new Webhook(secret).verify(request.body, request.headers as Record<string, string>);
  if (!matchesSchema(body))
    throw new Error(`webhook body does not match its schema: ${ajv.errorsText(matchesSchema.errors)}\n${request.body}`);
  verified.count++;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a received JSON body, probed field by field in the tests
  return body as Record<string, any>;
}

async function endpoint(path: string, events: Array<"incident" | "maintenance" | "component">) {
  // Test receivers listen on loopback: saved as an operator who allows private receivers would.
  return createWebhook({ ctx: admin, input: { url: `${base}${path}`, description: path, events }, allowPrivate: true });
}

describe("outgoing webhooks", () => {
  it("signs incident and component events, and retries after the receiver fails once", async () => {
    const { endpoint: hook, secret } = await endpoint("/all", ["incident", "component"]);
    const [api] = await makeComponents(fresh.db, 1, "API");
    const title = uniqueLabel("Checkout errors");
    receiver.script = [500];
    const incident = await createIncident({
      ctx: editor,
      input: {
        title,
        impact: "major",
        components: [{ componentId: api!.id, status: "major_outage" }],
        status: "investigating",
        body: "Looking into it.",
        publish: true,
        notify: false,
      },
    });
    // Queued in the publishing transaction, before any worker runs.
    const queued = await fresh.db.delivery.findMany({ where: { endpointId: hook.id }, include: { notification: true } });
    expect(queued.map((d) => [d.state, d.notification.kind]).sort()).toEqual([
      ["queued", "webhook:component.status_changed"],
      ["queued", "webhook:incident.created"],
    ]);

    await drain();
    const requests = receiver.at("/all");
    expect(requests).toHaveLength(3);
    expect(requests.map((r) => r.status)).toEqual([500, 204, 204]);
    // The failed message came again with the same id and a fresh, valid signature.
    const ids = requests.map((r) => r.headers["webhook-id"]);
    expect(new Set(ids).size).toBe(2);
    expect(ids.filter((id) => id === ids[0])).toHaveLength(2);
    for (const request of requests) expect(verify(secret, request)).toBeTruthy();
    expect(
      requests.every(
        (r) => r.headers["content-type"] === "application/json" && String(r.headers["user-agent"]).startsWith("StatusPage-Webhooks"),
      ),
    ).toBe(true);

    const deliveries = await fresh.db.delivery.findMany({ where: { endpointId: hook.id }, orderBy: { createdAt: "asc" } });
    expect(deliveries.every((d) => d.state === "sent" && d.lastError === null && d.sentAt)).toBe(true);
    expect(deliveries.map((d) => d.attempts).sort()).toEqual([1, 2]);

    const bodies = requests.slice(1).map((r) => verify(secret, r));
    const created = bodies.find((b) => b.meta.event === "incident.created")!;
    expect(created.page).toMatchObject({ id: "default", status_indicator: "critical", status_description: "Major System Outage" });
    expect(created.incident).toMatchObject({ id: incident.id, name: title, status: "investigating", impact: "major", resolved_at: null });
    expect(created.incident.incident_updates[0]).toMatchObject({
      status: "investigating",
      body: "Looking into it.",
      incident_id: incident.id,
    });
    expect(created.incident.incident_updates[0].affected_components).toEqual([
      { code: api!.id, name: api!.name, old_status: "operational", new_status: "major_outage" },
    ]);
    expect(created.incident.components.map((c: { id: string }) => c.id)).toEqual([api!.id]);
    expect(created.incident.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?[+-]\d\d:\d\d$/);
    const changed = bodies.find((b) => b.meta.event === "component.status_changed")!;
    expect(changed.component_update).toMatchObject({ component_id: api!.id, old_status: "operational", new_status: "major_outage" });
    expect(changed.component).toMatchObject({ id: api!.id, name: api!.name, status: "major_outage" });

    // Resolving: one incident event and the component's way back, with the page green again.
    receiver.received.length = 0;
    await resolveIncident({ ctx: editor, input: { incidentId: incident.id, notify: false } });
    await drain();
    const resolved = receiver.at("/all").map((r) => verify(secret, r));
    expect(resolved.map((b) => b.meta.event).sort()).toEqual(["component.status_changed", "incident.resolved"]);
    const done = resolved.find((b) => b.meta.event === "incident.resolved")!;
    expect(done.incident.status).toBe("resolved");
    expect(done.incident.resolved_at).not.toBeNull();
    expect(done.page.status_indicator).toBe("none");
    expect(resolved.find((b) => b.meta.event === "component.status_changed")!.component_update).toMatchObject({
      old_status: "major_outage",
      new_status: "operational",
    });
    await deleteWebhook({ ctx: admin, input: { endpointId: hook.id } });
  });

  it("sends each endpoint only the kinds it chose, nothing to a switched-off one, nothing for drafts or rolled-back work", async () => {
    const incidents = await endpoint("/incidents", ["incident"]);
    const maintenance = await endpoint("/maintenance", ["maintenance"]);
    const off = await endpoint("/off", ["incident", "maintenance", "component"]);
    await updateWebhook({
      ctx: admin,
      input: { endpointId: off.endpoint.id, url: `${base}/off`, events: ["incident"], enabled: false },
      allowPrivate: true,
    });
    receiver.received.length = 0;

    const draft = await createIncident({
      ctx: editor,
      input: { title: uniqueLabel("Draft"), components: [], body: "Not yet", publish: false, notify: false },
    });
    await addIncidentUpdate({
      ctx: editor,
      input: { incidentId: draft.id, status: "identified", body: "Still a draft", components: [], notify: false },
    }).catch(() => undefined);
    await expect(
      inTransaction({ db: fresh.db, actor: systemActor("test") }, async (tx) => {
        await record(tx, { type: "incident.updated", incidentId: draft.id });
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(await fresh.db.notification.count({ where: { incidentId: draft.id } })).toBe(0);

    const planned = await makeMaintenance(fresh.db);
    await startMaintenance({ ctx: editor, input: { maintenanceId: planned.id } });
    const published = await createIncident({
      ctx: editor,
      input: { title: uniqueLabel("Slow"), impact: "minor", components: [], body: "Slow pages", publish: true, notify: false },
    });
    await drain();

    expect(receiver.at("/off")).toHaveLength(0);
    const toIncidents = receiver.at("/incidents").map((r) => verify(incidents.secret, r));
    expect(toIncidents.map((b) => [b.meta.event, b.incident.id])).toEqual([["incident.created", published.id]]);
    const toMaintenance = receiver.at("/maintenance").map((r) => verify(maintenance.secret, r));
    expect(toMaintenance.map((b) => b.meta.event)).toEqual(["maintenance.started"]);
    expect(toMaintenance[0]!.incident).toMatchObject({ id: planned.id, status: "in_progress", impact: "maintenance" });
    expect(toMaintenance[0]!.incident.scheduled_for).toBeTruthy();
    // The maintenance endpoint's secret does not verify the incident endpoint's messages.
    expect(() => verify(maintenance.secret, receiver.at("/incidents")[0]!)).toThrow();
    for (const e of [incidents, maintenance, off]) await deleteWebhook({ ctx: admin, input: { endpointId: e.endpoint.id } });
  });

  it("switches an endpoint off on 410 Gone, keeps retrying other failures, and an admin can retry by hand", async () => {
    const gone = await endpoint("/gone", ["incident"]);
    receiver.script = [];
    receiver.fallback = 410;
    await sendTestWebhook({ ctx: admin, input: { endpointId: gone.endpoint.id } });
    await drain();
    receiver.fallback = 204;
    const failed = await fresh.db.delivery.findFirstOrThrow({ where: { endpointId: gone.endpoint.id } });
    expect(failed).toMatchObject({ state: "failed", attempts: 1 });
    expect(failed.lastError).toContain("HTTP 410: receiver says no (410)");
    const row = await fresh.db.webhookEndpoint.findUniqueOrThrow({ where: { id: gone.endpoint.id } });
    expect(row.enabled).toBe(false);
    expect(row.disabledReason).toMatch(/410 Gone/);
    await expect(sendTestWebhook({ ctx: admin, input: { endpointId: gone.endpoint.id } })).rejects.toBeInstanceOf(ConflictError);

    // Back on, the admin sends the failed ping again: same message id, now delivered.
    await updateWebhook({
      ctx: admin,
      input: { endpointId: gone.endpoint.id, url: `${base}/gone`, events: ["incident"], enabled: true },
      allowPrivate: true,
    });
    expect((await fresh.db.webhookEndpoint.findUniqueOrThrow({ where: { id: gone.endpoint.id } })).disabledReason).toBeNull();
    await retryWebhookDelivery({ ctx: admin, input: { deliveryId: failed.id } });
    await drain();
    const pings = receiver.at("/gone");
    expect(pings.map((p) => p.status)).toEqual([410, 204]);
    expect(pings[1]!.headers["webhook-id"]).toBe(failed.messageId);
    expect(verify(gone.secret, pings[1]!).meta.event).toBe("ping");
    await deleteWebhook({ ctx: admin, input: { endpointId: gone.endpoint.id } });

    // A redirect is not followed, a closed port is retried later: both transient.
    const moved = await endpoint("/moved", ["incident"]);
    const closed = await createWebhook({
      ctx: admin,
      input: { url: `http://127.0.0.1:${await closedPort()}/hook`, events: ["incident"] },
      allowPrivate: true,
    });
    receiver.script = [301];
    await sendTestWebhook({ ctx: admin, input: { endpointId: moved.endpoint.id } });
    await sendTestWebhook({ ctx: admin, input: { endpointId: closed.endpoint.id } });
    await runUntilTried(true, [moved.endpoint.id, closed.endpoint.id]);
    const later = await fresh.db.delivery.findMany({
      where: { endpointId: { in: [moved.endpoint.id, closed.endpoint.id] } },
      include: { endpoint: true },
    });
    for (const d of later) {
      expect(d).toMatchObject({ state: "queued", attempts: 1 });
      expect(d.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 10_000);
    }
    expect(later.find((d) => d.endpointId === moved.endpoint.id)!.lastError).toMatch(
      /HTTP 301: redirect to http:\/\/elsewhere\.invalid\/ not followed/,
    );
    expect(later.find((d) => d.endpointId === closed.endpoint.id)!.lastError).toMatch(/ECONNREFUSED/);
    for (const e of [moved, closed]) await deleteWebhook({ ctx: admin, input: { endpointId: e.endpoint.id } });
    expect(
      await fresh.db.delivery.count({ where: { channel: "webhook", endpointId: { in: [moved.endpoint.id, closed.endpoint.id] } } }),
    ).toBe(0);
  });

  it("refuses private addresses unless allowed, and gives up on a receiver that never answers", async () => {
    const literal = await endpoint("/private", ["incident"]);
    // Saved while private receivers were allowed; the send-time guard still refuses them once they are not.
    const named = await createWebhook({
      ctx: admin,
      input: { url: `${base.replace("127.0.0.1", "localhost")}/private-name`, events: ["incident"] },
      allowPrivate: true,
    });
    const silent = await endpoint("/silent", ["incident"]);
    for (const e of [literal, named]) await sendTestWebhook({ ctx: admin, input: { endpointId: e.endpoint.id } });
    receiver.received.length = 0;
    await runUntilTried(false, [literal.endpoint.id, named.endpoint.id]);
    expect(receiver.received).toHaveLength(0);
    for (const e of [literal, named]) {
      const d = await fresh.db.delivery.findFirstOrThrow({ where: { endpointId: e.endpoint.id } });
      expect(d).toMatchObject({ state: "queued", attempts: 1 });
      expect(d.lastError).toMatch(/^not sent: (127\.0\.0\.1|::1) is a private or local address; set WEBHOOK_ALLOW_PRIVATE=true/);
    }

    receiver.script = [0];
    await sendTestWebhook({ ctx: admin, input: { endpointId: silent.endpoint.id } });
    await runUntilTried(true, [silent.endpoint.id], 300);
    const hung = await fresh.db.delivery.findFirstOrThrow({ where: { endpointId: silent.endpoint.id } });
    expect(hung).toMatchObject({ state: "queued", attempts: 1, lastError: "no answer within 0.3 s" });
    expect(receiver.at("/silent")).toHaveLength(1);
    for (const e of [literal, named, silent]) await deleteWebhook({ ctx: admin, input: { endpointId: e.endpoint.id } });
  });

  it("takes over a delivery whose worker died mid-send: the lease expires and it goes out once more, same id", async () => {
    const { endpoint: hook, secret } = await endpoint("/crash", ["incident"]);
    await sendTestWebhook({ ctx: admin, input: { endpointId: hook.id } });
    // As a worker leaves it when killed between claiming and recording: sending, leased, one attempt spent.
    const stranded = await fresh.db.delivery.findFirstOrThrow({ where: { endpointId: hook.id } });
    await fresh.db.delivery.update({
      where: { id: stranded.id },
      data: { state: "sending", attempts: 1, leaseOwner: "webhook-dead-worker", leaseExpiresAt: new Date(Date.now() - 1_000) },
    });
    await drain();
    expect(await fresh.db.delivery.findUniqueOrThrow({ where: { id: stranded.id } })).toMatchObject({
      state: "sent",
      attempts: 2,
      leaseOwner: null,
    });
    const received = receiver.at("/crash");
    expect(received).toHaveLength(1);
    expect(received[0]!.headers["webhook-id"]).toBe(stranded.messageId);
    expect(verify(secret, received[0]!).meta.event).toBe("ping");
    await deleteWebhook({ ctx: admin, input: { endpointId: hook.id } });
  });

  it("refuses bad input with field errors and stores nothing; secrets stay out of lists and the audit log", async () => {
    const before = await fresh.db.webhookEndpoint.count();
    for (const [input, field] of [
      [{ url: "ftp://example.com/hook", events: ["incident"] }, "url"],
      [{ url: "https://user:pw@example.com/hook", events: ["incident"] }, "url"],
      [{ url: "not a url", events: ["incident"] }, "url"],
      [{ url: "https://example.com/hook", events: [] }, "events"],
      [{ url: "https://example.com/hook", events: ["everything"] }, "events.0"],
    ] as const) {
      const error = await createWebhook({ ctx: admin, input: input as never }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect(Object.keys((error as ValidationError).fieldErrors)).toContain(field);
    }
    expect(await fresh.db.webhookEndpoint.count()).toBe(before);

    // Private and local targets are refused when saved, in every spelling that reaches them.
    for (const host of [
      "127.0.0.1",
      "localhost",
      "[::1]",
      "[::127.0.0.1]",
      "[::ffff:127.0.0.1]",
      "[::ffff:0:7f00:1]",
      "[64:ff9b::7f00:1]",
      "[64:ff9b::a00:1]",
      "169.254.169.254",
      "10.0.0.5",
      "[2002:7f00:1::]",
    ]) {
      const url = `http://${host}:8080/hook`;
      const error = await createWebhook({ ctx: admin, input: { url, events: ["incident"] }, allowPrivate: false }).catch((e: unknown) => e);
      expect(error, url).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fieldErrors.url?.[0], url).toMatch(/private or local address/);
    }
    expect(await fresh.db.webhookEndpoint.count()).toBe(before);

    const { endpoint: hook, secret } = await endpoint("/audited", ["component"]);
    expect(hook.secretHint).toBe(`${secret.slice(0, 10)}…`);
    expect(JSON.stringify(hook)).not.toContain(secret);
    const audit = await fresh.db.auditLog.findMany({ where: { entityId: hook.id } });
    expect(audit.map((a) => a.action)).toEqual(["webhook.create"]);
    expect(JSON.stringify(audit)).not.toContain(secret.slice(6));
    // Only what is given changes: switching off keeps the URL, description and events.
    const off = await updateWebhook({ ctx: admin, input: { endpointId: hook.id, enabled: false } });
    expect(off).toMatchObject({ url: hook.url, description: hook.description, events: ["component"], enabled: false });
    const bad = await updateWebhook({ ctx: admin, input: { endpointId: hook.id, events: [] } }).catch((e: unknown) => e);
    expect(Object.keys((bad as ValidationError).fieldErrors)).toEqual(["events"]);
    const local = await updateWebhook({
      ctx: admin,
      input: { endpointId: hook.id, url: "http://[::ffff:7f00:1]/x" },
      allowPrivate: false,
    }).catch((e: unknown) => e);
    expect(Object.keys((local as ValidationError).fieldErrors)).toEqual(["url"]);
    expect((await fresh.db.webhookEndpoint.findUniqueOrThrow({ where: { id: hook.id } })).url).toBe(hook.url);
    await deleteWebhook({ ctx: admin, input: { endpointId: hook.id } });
  });
});
