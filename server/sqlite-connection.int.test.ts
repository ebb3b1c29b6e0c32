import { describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import { testDb } from "@/test/db";

const key = (label: string) => `conn-${label}-${Date.now()}-${Math.random().toString(36).slice(2)}`;

describe("the shared connection", () => {
  it("does not show a transaction's uncommitted rows to readers outside it", async () => {
    const db = testDb();
    const inside = key("uncommitted");
    let reached!: () => void;
    const txOpen = new Promise<void>((resolve) => (reached = resolve));
    let finish!: () => void;
    const mayFinish = new Promise<void>((resolve) => (finish = resolve));
    const tx = db.$transaction(async (t) => {
      await t.rateLimit.create({ data: { key: inside, count: 1, lastRequest: 1n } });
      reached();
      await mayFinish;
    });
    await txOpen;
    let committed = false;
    let seenBeforeCommit: unknown = "nothing yet";
    const seen = db.rateLimit.findUnique({ where: { key: inside } }).then((row) => {
      if (!committed) seenBeforeCommit = row;
      return row;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    // The reader waits for the commit (SQLite's one connection) or reads the last committed state (PostgreSQL).
    expect([null, "nothing yet"]).toContain(seenBeforeCommit);
    committed = true;
    finish();
    await tx;
    await seen;
    expect(await db.rateLimit.findUnique({ where: { key: inside } })).not.toBeNull();
  });
});

describe.runIf(process.env.TEST_DATABASE !== "postgresql")("waiting for another process's write lock (SQLite)", () => {
  it("waits without freezing this process, then writes: transactions and single statements alike", async () => {
    const db = testDb();
    const file = process.env.DATABASE_URL!.replace(/^file:/, "");
    // Another connection holds the write lock for 300 ms, as the worker does during a batch.
    const other = new Database(file);
    other.exec("BEGIN IMMEDIATE");
    const released = new Promise<number>((resolve) =>
      setTimeout(() => {
        other.exec("COMMIT");
        resolve(performance.now());
      }, 300),
    );
    const inTx = key("busy-tx");
    const single = key("busy-single");
    const writes = Promise.all([
      db.$transaction((tx) => tx.rateLimit.create({ data: { key: inTx, count: 1, lastRequest: 1n } })).then(() => performance.now()),
      db.rateLimit.create({ data: { key: single, count: 1, lastRequest: 1n } }).then(() => performance.now()),
    ]);
    // Work queued meanwhile runs meanwhile: with SQLite's own busy wait (a synchronous call) this
    // timer could only fire after the writes, and the release above could never run at all.
    const tick = await new Promise<number>((resolve) => setTimeout(() => resolve(performance.now()), 20));
    const [releasedAt, [txAt, singleAt]] = await Promise.all([released, writes]);
    other.close();
    expect(tick).toBeLessThan(releasedAt);
    expect(txAt).toBeGreaterThanOrEqual(releasedAt);
    expect(singleAt).toBeGreaterThanOrEqual(releasedAt);
    expect(await db.rateLimit.count({ where: { key: { in: [inTx, single] } } })).toBe(2);
  });
});
