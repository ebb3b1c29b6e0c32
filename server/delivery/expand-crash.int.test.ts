import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, type FreshDatabase } from "@/test/fresh-db";
import { makeSubscribers, publishIncident } from "@/test/fixtures/outbox";
import { spawnWorker, stopWorker } from "@/test/worker-process";

let fresh: FreshDatabase;
beforeAll(async () => {
  fresh = await freshDatabase("expand-crash");
}, 120_000);
afterAll(() => fresh?.drop());

const AUDIENCE = 20_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("a worker killed mid-expansion", () => {
  it("neither skips nor repeats anyone: after restarts (two workers at once) every subscriber of the audience has exactly one delivery", async () => {
    const { db, url } = fresh;
    const [api, other] = await Promise.all([
      db.component.create({ data: { name: "API" } }),
      db.component.create({ data: { name: "Other" } }),
    ]);
    await makeSubscribers(db, AUDIENCE - 500, { prefix: "all" });
    await makeSubscribers(db, 500, { prefix: "api", componentIds: [api.id] });
    await makeSubscribers(db, 300, { prefix: "other", componentIds: [other.id] });
    for (const status of ["pending", "unsubscribed", "bounced"]) await makeSubscribers(db, 100, { prefix: status, status });
    // Sending paused: these workers only expand, so the kills land in the expansion.
    await db.jobControl.create({ data: { jobClass: "email", paused: true } });
    const notificationId = await publishIncident(db, [api.id]);
    expect(await db.delivery.count({ where: { notificationId } })).toBe(0);
    const progress = () =>
      db.notification.findUniqueOrThrow({ where: { id: notificationId }, select: { recipients: true, expandedAt: true } });

    const env = { DATABASE_URL: url };
    const killedAt: number[] = [];
    for (let kill = 0; kill < 3 && !(await progress()).expandedAt; kill++) {
      const before = (await progress()).recipients;
      const worker = spawnWorker(env);
      const deadline = Date.now() + 60_000;
      while ((await progress()).recipients === before && Date.now() < deadline) await sleep(20);
      await sleep(Math.random() * 150);
      await stopWorker(worker, "SIGKILL");
      const now = await progress();
      if (!now.expandedAt) killedAt.push(now.recipients);
    }
    // At least one kill landed mid-expansion, with part of the audience written.
    expect(killedAt.length).toBeGreaterThan(0);
    expect(killedAt[0]).toBeLessThan(AUDIENCE);

    const survivors = [spawnWorker(env), spawnWorker(env)];
    try {
      const deadline = Date.now() + 180_000;
      while (!(await progress()).expandedAt && Date.now() < deadline) await sleep(200);
    } finally {
      await Promise.all(survivors.map((w) => stopWorker(w)));
    }

    const expected = await db.subscriber.findMany({
      where: { status: "active", OR: [{ components: { none: {} } }, { components: { some: { componentId: api.id } } }] },
      select: { id: true },
    });
    expect(expected).toHaveLength(AUDIENCE);
    const perSubscriber = await db.delivery.groupBy({ by: ["subscriberId"], where: { notificationId }, _count: { _all: true } });
    expect(perSubscriber.filter((row) => row._count._all !== 1)).toEqual([]);
    expect(perSubscriber.map((row) => row.subscriberId).sort()).toEqual(expected.map((s) => s.id).sort());
    expect(await progress()).toMatchObject({ recipients: AUDIENCE, expandedAt: expect.any(Date) });
    console.info(
      `[expand-crash ${fresh.provider}] SIGKILLs mid-expansion at ${killedAt.join(", ")} rows; ${AUDIENCE} subscribers, one delivery each`,
    );
  }, 300_000);
});
