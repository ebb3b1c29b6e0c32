import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Ctx } from "@/server/context";
import { createComponent } from "@/server/component";
import { addIncidentUpdate, createIncident } from "@/server/incident";
import { createWebhook } from "@/server/webhook";
import { ctxAs } from "@/test/actors";
import { freshDatabase, type FreshDatabase } from "@/test/fresh-db";
import { addSubscriber } from "./add-subscriber";
import { systemActor } from "@/server/context";
import { logger } from "@/lib/logger";
import { getSubscriberImport, importSubscribers } from "@/server/subscriber";
import { runImportWorker } from "./import/worker";

// Issue 12: a large import froze every other writer until it ended (or made them fail with
// SQLITE_BUSY_SNAPSHOT). Its own database: the import's counts are then exact, and the webhook
// endpoint made here is seen by no other test's outbox.
let fresh: FreshDatabase;
let admin: Ctx;
beforeAll(async () => {
  fresh = await freshDatabase("import-concurrency");
  admin = await ctxAs(fresh.db, "admin");
}, 120_000);
afterAll(async () => {
  await fresh?.drop();
});

// 25k rows are dozens of batches (BATCH rows each): enough for writes to land between them on both
// databases, while the test stays under ~20 s per database on a shared 2-core machine. 150k rows through HTTP with
// latencies are measured by `npm run bench:import` (docs/benchmarks.md), not asserted here.
const ROWS = 25_000;
const ROUNDS = 3;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("a subscriber import alongside other writers", () => {
  it("lets components, subscribers, incident updates and webhooks be written while a large file imports, and finishes with the right counts", async () => {
    const db = fresh.db;
    const t = `conc${Date.now().toString(36)}`;
    const affected = await createComponent({ ctx: admin, input: { name: `${t} api` } });
    const incident = await createIncident({
      ctx: admin,
      input: {
        title: `${t} incident`,
        body: "Investigating.",
        publish: true,
        notify: false,
        components: [{ componentId: affected.id, status: "degraded_performance" }],
      },
    });
    // Every 1,000th row repeats an earlier address and every 5,000th is not an address: the report must count both.
    const lines = ["email,components"];
    for (let i = 0; i < ROWS; i++) {
      if (i % 5_000 === 4_999) lines.push(`not-an-address-${i},`);
      else if (i % 1_000 === 999) lines.push(`${t}-${i - 500}@example.test,`);
      else lines.push(`${t}-${i}@example.test,${i % 3 === 0 ? `${t} api` : ""}`);
    }
    const invalid = ROWS / 5_000;
    const duplicates = ROWS / 1_000 - invalid;
    const expected = ROWS - invalid - duplicates;
    const withComponent = Array.from({ length: ROWS }, (_, i) => i).filter((i) => i % 1_000 !== 999 && i % 3 === 0).length;

    // Completion order of everything below, one shared counter: "before the import" means a lower number.
    let finished = 0;
    let importFinishedAs = Infinity;
    // The upload, then the worker's import loop (this database is ours alone, so it finds only this import).
    const queued = await importSubscribers({ ctx: admin, input: { csv: lines.join("\n") } });
    const stop = new AbortController();
    const worker = runImportWorker({ db, logger, leaseMs: 60_000, idleMs: 20, signal: stop.signal });
    const system = { db, actor: systemActor("test") };
    const importing = (async () => {
      for (;;) {
        const job = await getSubscriberImport({ ctx: system, input: { importId: queued.id } });
        if (job.status === "done" || job.status === "failed") return job;
        await sleep(5);
      }
    })().finally(() => (importFinishedAs = ++finished));

    // Start the other writes only once the import is writing, so that they overlap its batches.
    const imported = () => db.subscriber.count({ where: { emailNormalized: { startsWith: `${t}-` } } });
    while ((await imported()) === 0 && importFinishedAs === Infinity) await sleep(5);
    const startedDuring = await imported();
    expect(startedDuring).toBeGreaterThan(0);
    expect(startedDuring).toBeLessThan(expected);

    const writes: Array<{ what: string; finishedAs: number }> = [];
    const write = async (what: string, run: () => Promise<unknown>) => {
      await run();
      writes.push({ what, finishedAs: ++finished });
    };
    for (let round = 0; round < ROUNDS; round++) {
      // As from several admins at once: each verb is its own request and transaction.
      await Promise.all([
        write(`component ${round}`, () => createComponent({ ctx: admin, input: { name: `${t} during ${round}` } })),
        write(`subscriber ${round}`, () =>
          addSubscriber({ ctx: admin, input: { email: `${t}-admin-${round}@other.test`, componentIds: [affected.id] } }),
        ),
        write(`incident update ${round}`, () =>
          addIncidentUpdate({
            ctx: admin,
            input: { incidentId: incident.id, status: "identified", body: `Update ${round}`, notify: round === 0 },
          }),
        ),
        write(`webhook ${round}`, () =>
          createWebhook({ ctx: admin, input: { url: `http://127.0.0.1:9/${t}/${round}`, events: ["incident"] }, allowPrivate: true }),
        ),
      ]);
      await sleep(10);
    }
    const report = await importing;
    stop.abort();
    await worker;

    // None of them waited for the whole import: all finished before it did.
    expect(writes).toHaveLength(4 * ROUNDS);
    expect(writes.filter((w) => w.finishedAs > importFinishedAs)).toEqual([]);

    expect(report).toMatchObject({
      status: "done",
      rows: expected,
      written: expected,
      imported: expected,
      skippedExisting: 0,
      rejectedCount: invalid + duplicates,
    });
    expect(report.rejected.filter((r) => r.reason.startsWith("Duplicate of line"))).toHaveLength(duplicates);
    expect(report.rejected.filter((r) => r.reason === "Not a valid email address")).toHaveLength(invalid);
    expect(await db.subscriber.count({ where: { emailNormalized: { startsWith: `${t}-` }, source: "import", status: "active" } })).toBe(
      expected,
    );
    expect(await db.subscriberComponent.count({ where: { componentId: affected.id, subscriber: { source: "import" } } })).toBe(
      withComponent,
    );

    // And every write is there afterwards.
    expect(await db.component.count({ where: { name: { startsWith: `${t} during ` } } })).toBe(ROUNDS);
    expect(
      await db.subscriber.count({ where: { emailNormalized: { startsWith: `${t}-admin-` }, source: "admin", status: "active" } }),
    ).toBe(ROUNDS);
    expect(await db.incidentUpdate.count({ where: { incidentId: incident.id, body: { startsWith: "Update " } } })).toBe(ROUNDS);
    expect(await db.webhookEndpoint.count({ where: { url: { contains: `/${t}/` } } })).toBe(ROUNDS);
    expect(await db.auditLog.count({ where: { action: "subscriber.import", after: { contains: `"imported":${expected}` } } })).toBe(1);
  });
});
