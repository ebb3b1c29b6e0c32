import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, type FreshDatabase } from "@/test/fresh-db";
import { makeSubscribers, publishIncident } from "@/test/fixtures/outbox";
import { SmtpCatcher } from "@/test/smtp-catcher";
import { spawnWorker, stopWorker } from "@/test/worker-process";

let fresh: FreshDatabase;
const catcher = new SmtpCatcher();

beforeAll(async () => {
  fresh = await freshDatabase("crash");
  await catcher.start();
}, 120_000);
afterAll(async () => {
  await catcher.stop();
  await fresh?.drop();
});

const KILLS = 4;

describe("a worker killed mid-send", () => {
  it("loses nothing: every delivery goes out, duplicates only for what was in flight at a kill", async () => {
    const { db } = fresh;
    const component = await db.component.create({ data: { name: "API" } });
    await makeSubscribers(db, 600, { prefix: "crash" });
    const notificationId = await publishIncident(db, [component.id]);
    // Short leases so a dead worker's deliveries are taken over quickly; 150 messages a second (batches
    // of 56) so the 600 take seconds and every kill lands mid-send (unlimited, a worker often sent all
    // 600 before the first kill and the run proved nothing).
    const env = { DATABASE_URL: fresh.url, SMTP_URL: catcher.url, SMTP_POOL_SIZE: "3", WORKER_LEASE_MS: "1500", SMTP_RATE_LIMIT: "150" };
    let inFlightAtKills = 0;
    for (let kill = 0; kill < KILLS; kill++) {
      const worker = spawnWorker(env);
      // Let it get going (tsx start-up is ~1 s), then kill it at a random moment of sending.
      const before = await db.delivery.count({ where: { notificationId, state: "sent" } });
      const deadline = Date.now() + 30_000;
      while ((await db.delivery.count({ where: { notificationId, state: "sent" } })) === before && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 400));
      await stopWorker(worker, "SIGKILL");
      inFlightAtKills += await db.delivery.count({ where: { notificationId, state: "sending" } });
    }
    const survivor = spawnWorker(env);
    try {
      const deadline = Date.now() + 120_000;
      while ((await db.delivery.count({ where: { notificationId, state: "sent" } })) < 600 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    } finally {
      await stopWorker(survivor);
    }
    const rows = await db.delivery.findMany({ where: { notificationId } });
    expect(rows.filter((r) => r.state !== "sent")).toEqual([]);
    const counts = catcher.countsByRecipient();
    expect(rows.every((r) => (counts.get(r.recipient) ?? 0) >= 1)).toBe(true);
    const duplicates = [...counts.values()].reduce((sum, n) => sum + n - 1, 0);
    expect(duplicates).toBeLessThanOrEqual(inFlightAtKills);
    expect(Math.max(...rows.map((r) => r.attempts))).toBeLessThanOrEqual(KILLS + 1);
    console.info(
      `[crash ${fresh.provider}] ${KILLS} SIGKILLs; in flight at the kills: ${inFlightAtKills}; duplicate emails: ${duplicates}; all 600 sent`,
    );
  }, 240_000);
});
