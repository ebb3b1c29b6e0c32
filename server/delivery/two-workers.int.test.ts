import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { smtpTransport, type MailTransport } from "@/lib/mailer";
import { freshDatabase, type FreshDatabase } from "@/test/fresh-db";
import { makeSubscribers, publishIncident, startDeliveryWorker, waitUntil } from "@/test/fixtures/outbox";
import { SmtpCatcher } from "@/test/smtp-catcher";

const COUNT = 1_500;
let fresh: FreshDatabase;
const catcher = new SmtpCatcher();

beforeAll(async () => {
  fresh = await freshDatabase("two-workers");
  await catcher.start();
}, 120_000);
afterAll(async () => {
  await catcher.stop();
  await fresh?.drop();
});

describe("two workers claiming batches from one outbox at once", () => {
  it("never send one delivery twice: no Message-ID and no recipient arrives twice", async () => {
    const { db, provider } = fresh;
    const component = await db.component.create({ data: { name: "API" } });
    await makeSubscribers(db, COUNT, { prefix: "pair" });
    const notificationId = await publishIncident(db, [component.id]);
    const transports = [0, 1].map(() => smtpTransport({ url: catcher.url, poolSize: 3, rateLimit: 0 }));
    // Small batches and no idle wait: the two claim statements keep colliding on the same rows.
    const workers = transports.map((transport) =>
      startDeliveryWorker(db, provider, transport, { batchSize: 25, concurrency: 3, idleMs: 20 }),
    );
    await waitUntil(async () => (await db.delivery.count({ where: { notificationId, state: "sent" } })) >= COUNT, 120_000);
    const counts = await Promise.all(workers.map((worker) => worker.stop()));
    for (const transport of transports) transport.close();

    expect(counts.map((c) => c.sent ?? 0).reduce((a, b) => a + b)).toBe(COUNT);
    // Both took part.
    expect(counts.every((c) => (c.sent ?? 0) > 0)).toBe(true);
    const mails = catcher.mails.filter((m) => m.to[0]?.startsWith("pair-"));
    expect(mails).toHaveLength(COUNT);
    expect(new Set(mails.map((m) => m.messageId)).size).toBe(COUNT);
    expect(new Set(mails.map((m) => m.to[0])).size).toBe(COUNT);
    const rows = await db.delivery.findMany({ where: { notificationId } });
    expect(rows.every((r) => r.state === "sent" && r.attempts === 1)).toBe(true);
    console.info(`[two-workers ${provider}] ${COUNT} sent: ${counts.map((c) => c.sent).join(" + ")}, no duplicates`);
  }, 180_000);

  it("a batch that takes longer than the lease is not taken over while its worker is alive", async () => {
    const { db, provider } = fresh;
    const component = await db.component.create({ data: { name: "Slow" } });
    // Only these twelve hear of this incident.
    await db.subscriber.updateMany({ where: { email: { startsWith: "pair-" } }, data: { status: "unsubscribed" } });
    await makeSubscribers(db, 12, { prefix: "slow", componentIds: [component.id] });
    const notificationId = await publishIncident(db, [component.id]);
    const smtp = smtpTransport({ url: catcher.url, poolSize: 1, rateLimit: 0 });
    // Each message takes 250 ms: a batch of 6 on one lane needs 1.5 s, and the batch claimed behind it
    // waits that long first: up to three leases of 1 s.
    const slow: MailTransport = {
      send: async (message) => {
        await new Promise((resolve) => setTimeout(resolve, 250));
        return smtp.send(message);
      },
      verify: () => smtp.verify(),
      close: () => smtp.close(),
    };
    const workers = [0, 1].map(() => startDeliveryWorker(db, provider, slow, { batchSize: 6, concurrency: 1, leaseMs: 1_000, idleMs: 50 }));
    const done = await waitUntil(async () => (await db.delivery.count({ where: { notificationId, state: "sent" } })) >= 12, 60_000);
    await Promise.all(workers.map((worker) => worker.stop()));
    smtp.close();
    expect(done).toBe(true);
    expect(await db.delivery.count({ where: { notificationId } })).toBe(12);
    const mails = catcher.mails.filter((m) => m.to[0]?.startsWith("slow-"));
    expect(mails.map((m) => m.to[0]).sort()).toEqual(Array.from({ length: 12 }, (_, i) => `slow-${i}@example.test`).sort());
    const rows = await db.delivery.findMany({ where: { notificationId } });
    expect(rows.map((r) => r.attempts)).toEqual(Array(12).fill(1));
  }, 90_000);
});
