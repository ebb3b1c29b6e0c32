import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setJobPaused } from "@/server/job-control";
import { ctxAs } from "@/test/actors";
import { freshDatabase, type FreshDatabase } from "@/test/fresh-db";
import type { Ctx } from "@/server/context";
import { addAlertRule, createAlertIntegration, receiveAlerts } from ".";
import { processAlerts } from "./process";

// Its own database: processAlerts applies every waiting alert, and the kill switch is database-wide.
let fresh: FreshDatabase;
let admin: Ctx;
beforeAll(async () => {
  fresh = await freshDatabase("alert-process");
  admin = await ctxAs(fresh.db, "admin");
}, 120_000);
afterAll(async () => {
  await fresh?.drop();
});

const fixture = (name: string) =>
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../test/fixtures/alert-payloads", `${name}.json`), "utf8")) as {
    alerts: Array<Record<string, unknown>>;
  };
const T0 = Date.UTC(2026, 11, 5, 9);
const at = (seconds: number) => new Date(T0 + seconds * 1_000);

async function setup(options: { publish?: boolean; holdSeconds?: number; source?: "alertmanager" | "generic"; service: string }) {
  const { db } = fresh;
  const component = await db.component.create({ data: { name: `Service ${options.service}` } });
  const { integration } = await createAlertIntegration({
    ctx: admin,
    input: { name: `prom ${options.service}`, source: options.source ?? "alertmanager" },
  });
  await addAlertRule({
    ctx: admin,
    input: {
      integrationId: integration.id,
      matchers: `service="${options.service}"`,
      componentIds: [component.id],
      status: "major_outage",
      publish: options.publish ?? false,
      holdSeconds: options.holdSeconds ?? 120,
      announceEveryMinutes: 15,
    },
  });
  const ctx = {
    db,
    actor: {
      type: "integration" as const,
      id: integration.id,
      name: integration.name,
      role: "editor" as const,
      source: options.source ?? "alertmanager",
    },
  };
  return { component, integration, receive: (body: unknown) => receiveAlerts({ ctx, input: { body } }) };
}

const generic = (fingerprint: string, status: "firing" | "resolved", service: string) => ({
  fingerprint,
  status,
  title: `${service} errors`,
  labels: { service },
});

describe("processing received alerts", () => {
  it("firing sets the status and opens one draft; repeats attach; resolved hands the status back and drops the unseen draft", async () => {
    const { db } = fresh;
    const { component, integration, receive } = await setup({ service: "api" });
    const firing = fixture("alertmanager-firing");
    await receive(firing);
    await receive(firing);
    expect(await processAlerts({ db, now: at(0) })).toEqual({ applied: 2, published: 0 });
    expect((await db.component.findUniqueOrThrow({ where: { id: component.id } })).status).toBe("major_outage");
    const drafts = await db.incident.findMany({ where: { title: "API probe failing" } });
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ publishedAt: null, impact: "critical" });
    const audit = await db.auditLog.findMany({
      where: { actorId: integration.id, action: { in: ["incident.create", "component.set_status"] } },
    });
    expect(audit.map((a) => a.action).sort()).toEqual(["component.set_status", "incident.create"]);
    expect(audit.every((a) => a.actorType === "integration" && a.actorLabel === `integration:${integration.name}`)).toBe(true);

    await receive({
      ...firing,
      status: "resolved",
      alerts: firing.alerts.map((a) => ({ ...a, status: "resolved", endsAt: "2026-12-05T09:10:00Z" })),
    });
    expect(await processAlerts({ db, now: at(60) })).toEqual({ applied: 1, published: 0 });
    expect((await db.component.findUniqueOrThrow({ where: { id: component.id } })).status).toBe("operational");
    expect(await db.incident.count({ where: { title: "API probe failing" } })).toBe(0);
    expect(await db.notification.count()).toBe(0);
  });

  it("a publishing rule publishes after the hold, announces once, and resolves the incident", async () => {
    const { db } = fresh;
    const { receive } = await setup({ service: "checkout", publish: true, holdSeconds: 60, source: "generic" });
    await receive(generic("checkout-5xx", "firing", "checkout"));
    expect(await processAlerts({ db, now: at(0) })).toEqual({ applied: 1, published: 0 });
    expect(await processAlerts({ db, now: at(59) })).toEqual({ applied: 0, published: 0 });
    expect(await processAlerts({ db, now: at(61) })).toEqual({ applied: 0, published: 1 });
    const incident = await db.incident.findFirstOrThrow({ where: { title: "checkout errors" } });
    expect(incident.publishedAt).not.toBeNull();
    expect(await db.notification.count({ where: { incidentId: incident.id } })).toBe(1);
    await receive(generic("checkout-5xx", "resolved", "checkout"));
    await processAlerts({ db, now: at(20 * 60) });
    expect((await db.incident.findUniqueOrThrow({ where: { id: incident.id } })).status).toBe("resolved");
    expect(await db.notification.count({ where: { incidentId: incident.id } })).toBe(2);
  });

  it("a flapping alert makes at most one announcement per window", async () => {
    const { db } = fresh;
    const { receive } = await setup({ service: "search", publish: true, holdSeconds: 60, source: "generic" });
    const before = await db.notification.count();
    // Firing 30 s, resolved 10 s, for 5 minutes: never fires for the whole hold, so nothing is published.
    let t = 0;
    for (let i = 0; i < 8; i++) {
      await receive(generic("search-latency", "firing", "search"));
      await processAlerts({ db, now: at(t) });
      t += 30;
      await receive(generic("search-latency", "resolved", "search"));
      await processAlerts({ db, now: at(t) });
      t += 10;
    }
    expect(await db.notification.count()).toBe(before);
    expect(await db.incident.count({ where: { title: "search errors", publishedAt: { not: null } } })).toBe(0);
    // Then it fires long enough, and flaps on for 10 minutes after: one announcement in the window.
    for (let i = 0; i < 10; i++) {
      await receive(generic("search-latency", "firing", "search"));
      await processAlerts({ db, now: at(t) });
      t += 70;
      await processAlerts({ db, now: at(t) });
      await receive(generic("search-latency", "resolved", "search"));
      await processAlerts({ db, now: at(t) });
      t += 5;
    }
    expect(t - 320).toBeLessThan(15 * 60);
    expect(await db.notification.count()).toBe(before + 1);
    expect(await db.incident.count({ where: { title: "search errors", publishedAt: { not: null } } })).toBe(10);
  });

  it("waits while alert processing is paused, then applies what came in, in order", async () => {
    const { db } = fresh;
    const { component, receive } = await setup({ service: "billing", source: "generic" });
    await setJobPaused({ ctx: admin, input: { jobClass: "alerts", paused: true } });
    await receive(generic("billing-down", "firing", "billing"));
    await receive(generic("billing-down", "resolved", "billing"));
    await receive(generic("billing-down", "firing", "billing"));
    expect(await processAlerts({ db, now: at(0) })).toEqual({ applied: 0, published: 0 });
    expect((await db.component.findUniqueOrThrow({ where: { id: component.id } })).status).toBe("operational");
    expect(await setJobPaused({ ctx: admin, input: { jobClass: "alerts", paused: false } })).toMatchObject({ waiting: 3 });
    expect(await processAlerts({ db, now: at(1) })).toEqual({ applied: 3, published: 0 });
    expect((await db.component.findUniqueOrThrow({ where: { id: component.id } })).status).toBe("major_outage");
    expect(await db.incident.count({ where: { title: "billing errors", status: { not: "resolved" } } })).toBe(1);
  });
});
