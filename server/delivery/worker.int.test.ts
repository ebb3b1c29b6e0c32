import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { smtpTransport, type MailTransport } from "@/lib/mailer";
import { freshDatabase, type FreshDatabase } from "@/test/fresh-db";
import { drain, expandAll, makeSubscribers, publishIncident, startDeliveryWorker, waitUntil } from "@/test/fixtures/outbox";
import { SmtpCatcher } from "@/test/smtp-catcher";
import type { CircuitSnapshot } from "./circuit";
import { MAX_ATTEMPTS } from "./retry-policy";
import { manageTokenFor } from "@/server/subscriber/tokens";

let fresh: FreshDatabase;
const catcher = new SmtpCatcher({
  rejectRecipient: (address) => address.startsWith("nobody"),
  deferRecipient: (address) => address.startsWith("deferred"),
});
let transport: MailTransport;

beforeAll(async () => {
  fresh = await freshDatabase("worker");
  await catcher.start();
  transport = smtpTransport({ url: catcher.url, poolSize: 3, rateLimit: 0 });
}, 120_000);
afterAll(async () => {
  transport?.close();
  await catcher.stop();
  await fresh?.drop();
});

describe("delivery worker", () => {
  it("sends each delivery once with list headers and records the SMTP id", async () => {
    const { db, provider } = fresh;
    const component = await db.component.create({ data: { name: "API" } });
    await makeSubscribers(db, 12, { prefix: "ok" });
    const notificationId = await publishIncident(db, [component.id], "Elevated API errors");
    await drain(db, provider, transport, notificationId);

    const deliveries = await db.delivery.findMany({ where: { notificationId }, include: { subscriber: true } });
    expect(deliveries).toHaveLength(12);
    expect(deliveries.every((d) => d.state === "sent" && d.attempts === 1 && d.smtpMessageId?.startsWith("Q"))).toBe(true);
    const counts = catcher.countsByRecipient();
    for (const d of deliveries) expect(counts.get(d.recipient)).toBe(1);

    const mail = catcher.mails.find((m) => m.to.includes(deliveries[0]!.recipient))!;
    // Derived from the delivery at send time (the sender is status@localhost): stable across attempts.
    expect(mail.messageId).toBe(`<${deliveries[0]!.id}@localhost>`);
    expect(mail.subject).toBe("[Status] Incident: Elevated API errors");
    const raw = mail.raw;
    expect(raw).toMatch(new RegExp(`List-Unsubscribe:\\s+<http://[^>]+/api/unsubscribe/${manageTokenFor(deliveries[0]!.subscriber!)}>`));
    expect(raw).toContain("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    expect(raw).toMatch(/List-Id: "?Status"? <status\.localhost>/i);
    expect(mail.text).toContain("We are investigating elevated errors.");
    expect(mail.html).toContain("View the incident");
  });

  it("marks a 550 recipient failed, never retries it, and flags the subscriber", async () => {
    const { db, provider } = fresh;
    const component = await db.component.create({ data: { name: "Web" } });
    await makeSubscribers(db, 1, { prefix: "nobody", componentIds: [component.id] });
    const notificationId = await publishIncident(db, [component.id]);
    await drain(db, provider, transport, notificationId);
    const delivery = await db.delivery.findFirstOrThrow({
      where: { notificationId, recipient: "nobody-0@example.test" },
      include: { subscriber: true },
    });
    expect(delivery).toMatchObject({ state: "failed", attempts: 1 });
    expect(delivery.lastError).toContain("550");
    expect(delivery.subscriber?.status).toBe("bounced");
    // Another round finds nothing to do for it.
    await drain(db, provider, transport, notificationId);
    expect((await db.delivery.findUniqueOrThrow({ where: { id: delivery.id } })).attempts).toBe(1);
  });

  it("waits out an SMTP outage without spending attempts, then delivers everything", async () => {
    const { db, provider } = fresh;
    const component = await db.component.create({ data: { name: "Dashboard" } });
    await makeSubscribers(db, 5, { prefix: "outage", componentIds: [component.id] });
    const notificationId = await publishIncident(db, [component.id]);
    const mine = { notificationId, recipient: { startsWith: "outage-" } };
    const changes: CircuitSnapshot[] = [];
    await catcher.stop();
    const worker = startDeliveryWorker(db, provider, transport, {
      idleMs: 100,
      probeBaseMs: 200,
      probeMaxMs: 400,
      onCircuitChange: (c) => changes.push(c),
    });
    try {
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      const rows = await db.delivery.findMany({ where: mine });
      // Refused connections say nothing about the messages: none was charged an attempt.
      expect(rows.map((d) => [d.state, d.attempts])).toEqual(rows.map(() => ["queued", 0]));
      expect(rows.every((d) => d.lastError?.includes("unreachable"))).toBe(true);
      expect(changes[0]).toMatchObject({ state: "open", failures: 1 });
      expect(changes.at(-1)!.failures).toBeGreaterThan(1);
      expect(changes.at(-1)!.lastError).toMatch(/ECONNREFUSED|ECONNECTION/);
    } finally {
      await catcher.start(catcher.port);
    }
    try {
      await waitUntil(async () => (await db.delivery.count({ where: { ...mine, state: "sent" } })) >= 5, 30_000);
    } finally {
      await worker.stop();
    }
    expect(changes.at(-1)).toMatchObject({ state: "closed", failures: 0, nextProbeAt: null });
    const rows = await db.delivery.findMany({ where: mine });
    expect(rows.map((d) => [d.state, d.attempts])).toEqual(rows.map(() => ["sent", 1]));
    expect(rows.every((d) => catcher.countsByRecipient().get(d.recipient) === 1)).toBe(true);
  });

  it("sends nothing while the kill switch is on, then everything after resume", async () => {
    const { db, provider } = fresh;
    const component = await db.component.create({ data: { name: "Paused" } });
    await makeSubscribers(db, 3, { prefix: "paused", componentIds: [component.id] });
    const notificationId = await publishIncident(db, [component.id]);
    await db.jobControl.create({ data: { jobClass: "email", paused: true } });
    const worker = startDeliveryWorker(db, provider, transport, { idleMs: 100 });
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await worker.stop();
    const total = await db.delivery.count({ where: { notificationId } });
    expect(await db.delivery.count({ where: { notificationId, state: "queued", attempts: 0 } })).toBe(total);
    await db.jobControl.update({ where: { jobClass: "email" }, data: { paused: false } });
    await drain(db, provider, transport, notificationId);
    expect(await db.delivery.count({ where: { notificationId, state: "sent" } })).toBe(total);
  });

  it("does not mail people who unsubscribed or were removed after the event was queued", async () => {
    const { db, provider } = fresh;
    const component = await db.component.create({ data: { name: "Late" } });
    await makeSubscribers(db, 3, { prefix: "late", componentIds: [component.id] });
    const notificationId = await publishIncident(db, [component.id]);
    // Already expanded into queued deliveries: the send re-checks the subscriber.
    await expandAll(db, provider);
    await db.subscriber.update({ where: { emailNormalized: "late-0@example.test" }, data: { status: "unsubscribed" } });
    await db.subscriber.delete({ where: { emailNormalized: "late-1@example.test" } });
    await drain(db, provider, transport, notificationId);
    const rows = await db.delivery.findMany({
      where: { notificationId, recipient: { startsWith: "late-" } },
      orderBy: { recipient: "asc" },
    });
    expect(rows.map((r) => [r.recipient, r.state, r.lastError])).toEqual([
      ["late-0@example.test", "failed", "not sent: the subscriber is unsubscribed"],
      ["late-1@example.test", "failed", "not sent: the subscriber was removed"],
      ["late-2@example.test", "sent", null],
    ]);
    expect(catcher.countsByRecipient().has("late-0@example.test")).toBe(false);
  });

  it("gives up after MAX_ATTEMPTS transient answers (dead letter)", async () => {
    const { db, provider } = fresh;
    const component = await db.component.create({ data: { name: "Batch" } });
    await makeSubscribers(db, 1, { prefix: "deferred", componentIds: [component.id] });
    const notificationId = await publishIncident(db, [component.id]);
    for (let round = 1; round <= MAX_ATTEMPTS; round++) {
      await db.delivery.updateMany({ where: { notificationId, state: "queued" }, data: { nextAttemptAt: new Date(Date.now() - 1000) } });
      await drain(db, provider, transport, notificationId, 30_000);
      // A 451 is about this message: each one spends an attempt (unlike an unreachable server).
      const row = await db.delivery.findFirstOrThrow({ where: { notificationId, recipient: "deferred-0@example.test" } });
      expect(row.attempts).toBe(round);
      expect(row.lastError).toContain("451");
    }
    const delivery = await db.delivery.findFirstOrThrow({ where: { notificationId, recipient: "deferred-0@example.test" } });
    expect(delivery).toMatchObject({ state: "dead", attempts: MAX_ATTEMPTS });
    expect(catcher.countsByRecipient().has("deferred-0@example.test")).toBe(false);
  });
});
