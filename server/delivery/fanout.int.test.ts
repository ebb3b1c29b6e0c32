import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, type FreshDatabase } from "@/test/fresh-db";
import { makeSubscribers, publishIncident } from "@/test/fixtures/outbox";
import { SmtpCatcher } from "@/test/smtp-catcher";
import { spawnWorker, stopWorker } from "@/test/worker-process";

let fresh: FreshDatabase;
const catcher = new SmtpCatcher();

beforeAll(async () => {
  fresh = await freshDatabase("fanout");
  await catcher.start();
}, 120_000);
afterAll(async () => {
  await catcher.stop();
  await fresh?.drop();
});

describe("publishing to 5,000 active subscribers", () => {
  it("reaches exactly the right 5,000, once each, with two workers draining in parallel", async () => {
    const { db } = fresh;
    const [api, other] = await Promise.all([
      db.component.create({ data: { name: "API" } }),
      db.component.create({ data: { name: "Other" } }),
    ]);
    await makeSubscribers(db, 4_000, { prefix: "all" });
    await makeSubscribers(db, 1_000, { prefix: "api", componentIds: [api.id] });
    for (const status of ["pending", "unsubscribed", "bounced", "complained"]) await makeSubscribers(db, 100, { prefix: status, status });
    await makeSubscribers(db, 200, { prefix: "other", componentIds: [other.id] });

    const started = Date.now();
    const notificationId = await publishIncident(db, [api.id]);
    const publishMs = Date.now() - started;
    // The publish wrote one notification; the workers expand it into the 5,000 deliveries.
    expect(await db.delivery.count({ where: { notificationId } })).toBe(0);

    const env = { DATABASE_URL: fresh.url, SMTP_URL: catcher.url, SMTP_POOL_SIZE: "4", WORKER_LEASE_MS: "60000" };
    const workers = [spawnWorker(env), spawnWorker(env)];
    try {
      const deadline = Date.now() + 240_000;
      while ((await db.delivery.count({ where: { notificationId, state: "sent" } })) < 5_000 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    } finally {
      await Promise.all(workers.map((w) => stopWorker(w)));
    }
    const drainMs = Date.now() - started - publishMs;

    const counts = catcher.countsByRecipient();
    const received = [...counts.keys()];
    expect(received.filter((r) => /^(all|api)-/.test(r))).toHaveLength(5_000);
    expect(received.filter((r) => !/^(all|api)-/.test(r))).toEqual([]);
    const duplicates = [...counts.values()].reduce((sum, n) => sum + n - 1, 0);
    expect(duplicates).toBe(0);
    expect(await db.notification.findUniqueOrThrow({ where: { id: notificationId } })).toMatchObject({
      recipients: 5_000,
      expandedAt: expect.any(Date),
    });
    const owners = await db.delivery.groupBy({ by: ["smtpMessageId"], where: { notificationId }, _count: true });
    expect(owners.length).toBe(5_000);
    console.info(
      `[fanout ${fresh.provider}] published in ${publishMs} ms; two workers expanded and sent them in ${drainMs} ms; duplicates: ${duplicates}`,
    );
  }, 300_000);
});
