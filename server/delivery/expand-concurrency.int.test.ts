import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTarget } from "@/lib/database-url";
import { createDb } from "@/server/db";
import { freshDatabase, type FreshDatabase } from "@/test/fresh-db";
import { makeSubscribers, publishIncident } from "@/test/fixtures/outbox";
import { expandNextBatch } from "./expand";

let fresh: FreshDatabase;
beforeAll(async () => {
  fresh = await freshDatabase("expand-concurrency");
}, 120_000);
afterAll(() => fresh?.drop());

/** The busy writer (test/busy-writer.ts) as a child process; resolves once it has written. */
async function startWriter(url: string) {
  const child = spawn(process.execPath, ["--import", "tsx", "test/busy-writer.ts", url], {
    env: { ...process.env, LOG_LEVEL: "silent" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    child.once("exit", () => reject(new Error(`the writer exited early: ${output}`)));
    const poll = setInterval(() => output.includes("ready") && (clearInterval(poll), resolve()), 20);
  });
  return async (): Promise<{ commits: number; errors: number }> => {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
    return JSON.parse(output.trim().split("\n").at(-1)!) as { commits: number; errors: number };
  };
}

async function deliveriesPerSubscriber(notificationId: string) {
  const rows = await fresh.db.delivery.groupBy({ by: ["subscriberId"], where: { notificationId }, _count: { _all: true } });
  return { subscribers: rows.length, repeated: rows.filter((r) => r._count._all !== 1).length };
}

describe("expansion next to other writers", () => {
  it("commits every batch while another process keeps writing (no SQLITE_BUSY on SQLite)", async () => {
    const { db, provider, url } = fresh;
    const component = await db.component.create({ data: { name: "API" } });
    await makeSubscribers(db, 3_000, { prefix: "busy" });
    const notificationId = await publishIncident(db, [component.id]);
    const stopWriter = await startWriter(url);
    let batches = 0;
    let failure: unknown = null;
    try {
      // Small batches: many transactions, each racing the writer's commits.
      for (
        let batch = await expandNextBatch(db, provider, { batchSize: 100 });
        batch && !batch.done;
        batch = await expandNextBatch(db, provider, { batchSize: 100 })
      ) {
        batches += 1;
      }
    } catch (error) {
      failure = error;
    }
    const writer = await stopWriter();
    console.info(
      `[expand-concurrency ${provider}] ${batches} batches; the writer committed ${writer.commits} transactions meanwhile (${writer.errors} failed)`,
    );
    expect(failure).toBeNull();
    // The writer really wrote meanwhile (otherwise this test would prove nothing).
    expect(writer.commits).toBeGreaterThanOrEqual(5);
    expect(batches).toBe(30);
    expect(await deliveriesPerSubscriber(notificationId)).toEqual({ subscribers: 3_000, repeated: 0 });
  }, 180_000);

  it.runIf(process.env.TEST_DATABASE === "postgresql")(
    "PostgreSQL: two expanders at once never write a batch twice nor skip one",
    async () => {
      const { db, provider, url } = fresh;
      const component = await db.component.create({ data: { name: "Web" } });
      await makeSubscribers(db, 4_000, { prefix: "race" });
      const ids = [await publishIncident(db, [component.id]), await publishIncident(db, [component.id])];
      // Two clients with their own connection pools, like two worker processes.
      const clients = [createDb(databaseTarget(url)), createDb(databaseTarget(url))];
      const work = [0, 0];
      try {
        const expander = async (i: number) => {
          for (;;) {
            const batch = await expandNextBatch(clients[i]!, provider, { batchSize: 250 });
            if (batch) work[i]! += 1;
            else if ((await db.notification.count({ where: { id: { in: ids }, expandedAt: null } })) === 0) return;
          }
        };
        await Promise.all([expander(0), expander(1)]);
      } finally {
        await Promise.all(clients.map((c) => c.$disconnect()));
      }
      // Both did part of the work; every subscriber of both audiences exactly once.
      expect(work.every((n) => n > 0)).toBe(true);
      const audience = await db.subscriber.count({ where: { status: "active" } });
      for (const id of ids) {
        expect(await deliveriesPerSubscriber(id)).toEqual({ subscribers: audience, repeated: 0 });
        expect((await db.notification.findUniqueOrThrow({ where: { id } })).recipients).toBe(audience);
      }
    },
    180_000,
  );
});
