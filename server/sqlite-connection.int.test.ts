import { describe, expect, it } from "vitest";
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
