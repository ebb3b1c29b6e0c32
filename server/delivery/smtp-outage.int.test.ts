import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { smtpTransport } from "@/lib/mailer";
import { freshDatabase, type FreshDatabase } from "@/test/fresh-db";
import { makeSubscribers, publishIncident, startDeliveryWorker, waitUntil } from "@/test/fixtures/outbox";
import { SmtpCatcher } from "@/test/smtp-catcher";
import { TcpGate } from "@/test/tcp-gate";
import { probeDelayMs, type CircuitSnapshot } from "./circuit";

// The drill is a 120 s refusal: SMTP_OUTAGE_MS=120000 runs it (the suite keeps its wall time short).
const OUTAGE_MS = Number(process.env.SMTP_OUTAGE_MS ?? 6_000);
const POOL = 3;
const COUNT = 600;

let fresh: FreshDatabase;
const catcher = new SmtpCatcher();
const gate = new TcpGate(() => catcher.port);

beforeAll(async () => {
  fresh = await freshDatabase("smtp-outage");
  await catcher.start();
  await gate.start();
}, 120_000);
afterAll(async () => {
  await gate.stop();
  await catcher.stop();
  await fresh?.drop();
});

/** The most probes an outage of `ms` can see: the first one confirming it, then each at its shortest jittered delay. */
function maxProbes(ms: number): number {
  let probes = 1;
  for (let elapsed = probeDelayMs(1, 1_000, 30_000, () => 0); elapsed <= ms; elapsed += probeDelayMs(probes, 1_000, 30_000, () => 0))
    probes++;
  return probes + 1;
}

describe(`an SMTP server refusing connections for ${OUTAGE_MS / 1000} s in the middle of a send`, () => {
  it("costs no message an attempt, makes a bounded number of connection attempts, and everything arrives after", async () => {
    const { db, provider } = fresh;
    const component = await db.component.create({ data: { name: "API" } });
    await makeSubscribers(db, COUNT, { prefix: "drill" });
    const notificationId = await publishIncident(db, [component.id]);
    const transport = smtpTransport({ url: gate.url, poolSize: POOL, rateLimit: 100 });
    const changes: CircuitSnapshot[] = [];
    const worker = startDeliveryWorker(db, provider, transport, {
      batchSize: 20,
      concurrency: POOL,
      idleMs: 200,
      onCircuitChange: (c) => changes.push(c),
    });
    const sent = () => db.delivery.count({ where: { notificationId, state: "sent" } });
    const until = (done: () => Promise<boolean>, ms: number) => waitUntil(done, ms, 50);
    let during: { accepted: number; refused: number };
    try {
      // Rate-limited to 100/s so the outage lands mid-send.
      await until(async () => (await sent()) >= 100, 60_000);
      const before = { accepted: gate.accepted, refused: gate.refused };
      await catcher.stop();
      // An announcement published while the server is away is still expanded at once: the deliveries
      // page counts it as waiting, and nothing is left unexpanded when the server comes back.
      await new Promise((resolve) => setTimeout(resolve, Math.min(1_500, OUTAGE_MS / 4)));
      const later = await publishIncident(db, [component.id], "Published during the outage");
      await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS - Math.min(1_500, OUTAGE_MS / 4)));
      during = { accepted: gate.accepted - before.accepted, refused: gate.refused - before.refused };
      const sentDuring = await sent();
      expect((await db.notification.findUniqueOrThrow({ where: { id: later } })).expandedAt).not.toBeNull();
      await catcher.start(catcher.port);
      await until(async () => (await sent()) === COUNT, 120_000);
      expect(sentDuring).toBeLessThan(COUNT);
    } finally {
      await worker.stop();
      transport.close();
    }
    const rows = await db.delivery.findMany({ where: { notificationId } });
    expect(rows.filter((r) => r.state !== "sent")).toEqual([]);
    // Not one attempt spent on the outage: every message went out on its first (and only charged) attempt.
    expect(rows.filter((r) => r.attempts !== 1).map((r) => [r.recipient, r.attempts])).toEqual([]);
    // Bounded connection attempts: the sends in flight when it went down (two batches' lanes at most), then one probe at a time.
    const bound = 2 * POOL + maxProbes(OUTAGE_MS);
    expect(during.refused).toBeGreaterThan(0);
    expect(during.accepted).toBeLessThanOrEqual(bound);
    expect(changes.filter((c) => c.state === "open").length).toBeGreaterThanOrEqual(1);
    expect(changes.at(-1)).toMatchObject({ state: "closed" });
    // The first announcement's mail only (the one published during the outage goes to the same people).
    const counts = new Map<string, number>();
    for (const mail of catcher.mails.filter((m) => !m.subject.includes("Published during the outage")))
      counts.set(mail.to[0] ?? "", (counts.get(mail.to[0] ?? "") ?? 0) + 1);
    expect(rows.filter((r) => !counts.has(r.recipient))).toEqual([]);
    const duplicates = [...counts.values()].reduce((sum, n) => sum + n - 1, 0);
    expect(duplicates).toBeLessThanOrEqual(2 * POOL);
    console.info(
      `[smtp-outage ${provider}] ${OUTAGE_MS / 1000} s refused: ${during.accepted} connection attempts (${during.refused} refused upstream; bound ${bound}), ` +
        `${changes.filter((c) => c.state === "open").length} circuit updates while open, all ${COUNT} sent with 1 attempt each, duplicates ${duplicates}`,
    );
  }, 300_000);
});
