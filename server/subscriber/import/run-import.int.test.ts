import { describe, expect, it } from "vitest";
import { ctxAs } from "@/test/actors";
import { testDb } from "@/test/db";
import { importSubscribers } from "./queue-import";
import { claimImport, runImport } from "./run-import";

const tagged = () => `rimp${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

describe("running an import job", () => {
  it("resumes after its worker died at the first unwritten batch: every row once, counts exact", async () => {
    const db = testDb();
    const ctx = await ctxAs(db, "admin");
    const t = tagged();
    const rows = 1_000;
    const csv = ["email", ...Array.from({ length: rows }, (_, i) => `${t}-${i}@example.test`), "not-an-address"].join("\n");
    const { id } = await importSubscribers({ ctx, input: { csv } });

    // Worker A writes three batches of 100, then stops answering (as if killed): its lease stays.
    expect(await claimImport(db, "worker-a", 60_000, id)).toBe(id);
    const stopA = new AbortController();
    let batches = 0;
    const writes = db.$extends({
      query: {
        subscriberImport: {
          async updateMany({ args, query }) {
            const result = await query(args);
            if (args.data && "position" in args.data && ++batches === 3) stopA.abort();
            return result;
          },
        },
      },
    }) as unknown as typeof db;
    expect(await runImport({ db: writes, owner: "worker-a", leaseMs: 60_000, batchSize: 100, signal: stopA.signal }, id)).toBe("stopped");
    let job = await db.subscriberImport.findUniqueOrThrow({ where: { id } });
    expect(job).toMatchObject({ status: "running", rows, position: 300, imported: 300, rejectedCount: 1 });
    // Simulate the crash: A never handed the lease back; nobody else may take it before it expires.
    await db.subscriberImport.update({ where: { id }, data: { leaseUntil: new Date(Date.now() + 60_000) } });
    expect(await claimImport(db, "worker-b", 60_000, id)).toBeNull();
    await db.subscriberImport.update({ where: { id }, data: { leaseUntil: new Date(Date.now() - 1) } });

    expect(await claimImport(db, "worker-b", 60_000, id)).toBe(id);
    expect(await runImport({ db, owner: "worker-b", leaseMs: 60_000, batchSize: 100 }, id)).toBe("done");
    job = await db.subscriberImport.findUniqueOrThrow({ where: { id } });
    expect(job).toMatchObject({ status: "done", rows, position: rows, imported: rows, skippedExisting: 0, rejectedCount: 1, csv: "" });
    expect(JSON.parse(job.rejected)).toEqual([{ line: rows + 2, value: "not-an-address", reason: "Not a valid email address" }]);
    expect(await db.subscriber.count({ where: { emailNormalized: { startsWith: `${t}-` } } })).toBe(rows);
    const audits = await db.auditLog.findMany({ where: { action: "subscriber.import", entityId: id } });
    expect(audits.map((a) => JSON.parse(a.after!))).toEqual([{ imported: rows, skippedExisting: 0, rejected: 1, rows }]);
  });

  it("a worker whose lease was taken over writes nothing more", async () => {
    const db = testDb();
    const ctx = await ctxAs(db, "admin");
    const t = tagged();
    const csv = ["email", ...Array.from({ length: 300 }, (_, i) => `${t}-${i}@example.test`)].join("\n");
    const { id } = await importSubscribers({ ctx, input: { csv } });
    expect(await claimImport(db, "worker-a", 60_000, id)).toBe(id);
    // A's lease ran out while it was stalled, and B took the import over.
    await db.subscriberImport.update({ where: { id }, data: { leaseUntil: new Date(Date.now() - 1) } });
    expect(await claimImport(db, "worker-b", 60_000, id)).toBe(id);
    expect(await runImport({ db, owner: "worker-a", leaseMs: 60_000, batchSize: 100 }, id)).toBe("lost");
    expect(await db.subscriber.count({ where: { emailNormalized: { startsWith: `${t}-` } } })).toBe(0);
    expect(await runImport({ db, owner: "worker-b", leaseMs: 60_000, batchSize: 100 }, id)).toBe("done");
    expect(await db.subscriber.count({ where: { emailNormalized: { startsWith: `${t}-` } } })).toBe(300);
  });

  it("two workers claiming the same queued import: one gets it", async () => {
    const db = testDb();
    const ctx = await ctxAs(db, "admin");
    const { id } = await importSubscribers({ ctx, input: { csv: `email\n${tagged()}@example.test` } });
    const claims = await Promise.all(["a", "b", "c"].map((w) => claimImport(db, `worker-${w}`, 60_000, id)));
    expect(claims.filter((c) => c === id)).toHaveLength(1);
    const owner = (await db.subscriberImport.findUniqueOrThrow({ where: { id } })).leaseOwner!;
    await runImport({ db, owner, leaseMs: 60_000 }, id);
  });
});
