import { describe, expect, it } from "vitest";
import { testDb } from "@/test/db";
import { beforeCommit, inTransaction, systemActor, type Ctx } from "./context";
import { record } from "./outbox";

const key = (label: string) => `ctx-${label}-${Date.now()}-${Math.random().toString(36).slice(2)}`;
const ctx = (): Ctx => ({ db: testDb(), actor: systemActor("test") });
const row = (k: string) => ({ data: { key: k, count: 1, lastRequest: 1n } });

describe("inTransaction's commit steps", () => {
  it("run after the work, inside the same transaction, and commit with it", async () => {
    const order: string[] = [];
    const [work, step] = [key("work"), key("step")];
    await inTransaction(ctx(), async (tx) => {
      beforeCommit(tx, async () => {
        order.push("step");
        // It sees what the work wrote after registering it: the transaction's final state.
        expect(await tx.rateLimit.findUnique({ where: { key: work } })).not.toBeNull();
        await tx.rateLimit.create(row(step));
      });
      await tx.rateLimit.create(row(work));
      order.push("work");
    });
    expect(order).toEqual(["work", "step"]);
    expect(await testDb().rateLimit.count({ where: { key: { in: [work, step] } } })).toBe(2);
  });

  it("roll the whole transaction back when a step fails", async () => {
    const work = key("rolled-back");
    await expect(
      inTransaction(ctx(), async (tx) => {
        await tx.rateLimit.create(row(work));
        beforeCommit(tx, async () => {
          throw new Error("step failed");
        });
      }),
    ).rejects.toThrow("step failed");
    expect(await testDb().rateLimit.count({ where: { key: work } })).toBe(0);
  });

  it("run once, in the outermost transaction, when verbs compose through ctx.tx", async () => {
    let runs = 0;
    await inTransaction(ctx(), async (tx) => {
      await inTransaction({ ...ctx(), tx }, async (inner) => beforeCommit(inner, async () => void runs++));
      expect(runs).toBe(0);
    });
    expect(runs).toBe(1);
  });

  it("refuse a transaction inTransaction did not open, where the step would be lost", async () => {
    await expect(testDb().$transaction(async (tx) => beforeCommit(tx, async () => undefined))).rejects.toThrow(
      /not opened by inTransaction/,
    );
    // So an outgoing webhook cannot be silently dropped by a hand-made transaction.
    await expect(testDb().$transaction(async (tx) => record(tx, { type: "ping", endpointId: "none" }))).rejects.toThrow(
      /not opened by inTransaction/,
    );
  });
});
