import { sleep } from "@/lib/sleep";
import { isPaused } from "@/server/job-control";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/context";
import type { Db } from "@/server/db";
import { ValidationError } from "@/server/errors";
import { checkFile } from "./check-file";
import { componentsByName, type RejectedRow } from "./rows";
import { REPORTED_REJECTIONS } from "./view";
import { writeBatch } from "./write-batch";

export type ImportRunOptions = {
  db: Db;
  /** This worker's lease owner id. */
  owner: string;
  leaseMs: number;
  /**
   * Rows per transaction. The worker is its own process, so a batch no longer stalls the pages;
   * it only holds SQLite's write lock, which other writers wait out (busy timeout).
   */
  batchSize?: number;
  signal?: AbortSignal;
};

export type ImportOutcome = "done" | "failed" | "stopped" | "paused" | "lost";

/** The lease moved to another worker (ours expired): stop without writing. */
class LeaseLost extends Error {}

// As inTransaction: wait for the write lock up to 10 s, allow a slow batch 30 s.
const TX = { maxWait: 10_000, timeout: 30_000 };

/**
 * Takes the next import that is queued, or running under an expired lease (its worker died), and
 * leases it to `owner`. `id` claims that import only (tests). Returns its id, or null.
 */
export async function claimImport(db: Db, owner: string, leaseMs: number, id?: string): Promise<string | null> {
  const now = new Date();
  const next = await db.subscriberImport.findFirst({
    where: { ...(id ? { id } : {}), OR: [{ status: "queued" }, { status: "running", leaseUntil: { lt: now } }] },
    orderBy: { createdAt: "asc" },
    select: { id: true, status: true, leaseOwner: true, leaseUntil: true, startedAt: true },
  });
  if (!next) return null;
  // Compare-and-set on what was read: of two workers reading the same row, one wins.
  const { count } = await db.subscriberImport.updateMany({
    where: { id: next.id, status: next.status, leaseOwner: next.leaseOwner, leaseUntil: next.leaseUntil },
    data: { status: "running", leaseOwner: owner, leaseUntil: new Date(now.getTime() + leaseMs), startedAt: next.startedAt ?? now },
  });
  return count === 1 ? next.id : null;
}

/**
 * Runs a claimed import to its end: checks the file, then writes its valid rows in batches. Each
 * batch commits with the job's progress and a renewed lease, so after a crash the next worker
 * resumes at the first unwritten batch, and a worker whose lease was taken over writes nothing more.
 */
export async function runImport(options: ImportRunOptions, id: string): Promise<ImportOutcome> {
  const { db, owner, leaseMs, signal } = options;
  const batchSize = options.batchSize ?? 250;
  const job = await db.subscriberImport.findUniqueOrThrow({ where: { id } });
  const actor = JSON.parse(job.actor) as Actor;
  const lease = () => new Date(Date.now() + leaseMs);
  const ours = { id, leaseOwner: owner };

  const finish = async (status: "done" | "failed", after: Record<string, unknown>, error: string | null) => {
    await db.$transaction(async (tx) => {
      const { count } = await tx.subscriberImport.updateMany({
        where: ours,
        data: { status, error, csv: "", finishedAt: new Date(), leaseOwner: null, leaseUntil: null },
      });
      if (count !== 1) throw new LeaseLost();
      await recordAudit(tx, { db, actor }, { action: "subscriber.import", entityType: "subscriberImport", entityId: id, after });
    }, TX);
  };

  try {
    const components = componentsByName(await db.component.findMany({ where: { showcase: true }, select: { id: true, name: true } }));
    let checked: Awaited<ReturnType<typeof checkFile>>;
    try {
      checked = await checkFile(job.csv, components);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      const message = error.fieldErrors.csv?.join(" ") ?? error.message;
      await finish("failed", { error: message }, message);
      return "failed";
    }
    const { candidates } = checked;
    let rejected: RejectedRow[] = JSON.parse(job.rejected) as RejectedRow[];
    let { position, imported, skippedExisting, rejectedCount } = job;
    if (job.rows === null) {
      // First run: the check's rejections are recorded once; a resumed run finds the same ones.
      rejected = checked.rejected.slice(0, REPORTED_REJECTIONS);
      rejectedCount = checked.rejected.length;
      const { count } = await db.subscriberImport.updateMany({
        where: ours,
        data: { rows: candidates.length, rejectedCount, rejected: JSON.stringify(rejected), leaseUntil: lease(), error: null },
      });
      if (count !== 1) throw new LeaseLost();
    }
    while (position < candidates.length) {
      const paused = await isPaused(db, "import");
      if (signal?.aborted || paused) {
        // Hand it back at once rather than after the lease: the next worker (after a resume) goes on from here.
        await db.subscriberImport.updateMany({ where: ours, data: { leaseUntil: new Date() } });
        return paused ? "paused" : "stopped";
      }
      const batch = candidates.slice(position, position + batchSize);
      const next = position + batch.length;
      const started = performance.now();
      const outcome = await db.$transaction(async (tx) => {
        const written = await writeBatch(tx, batch);
        const sample = [...rejected, ...written.rejected].slice(0, REPORTED_REJECTIONS);
        const { count } = await tx.subscriberImport.updateMany({
          // The position check makes a batch commit once, whoever holds the lease.
          where: { ...ours, position },
          data: {
            position: next,
            imported: { increment: written.imported },
            skippedExisting: { increment: written.skippedExisting },
            rejectedCount: { increment: written.rejected.length },
            rejected: JSON.stringify(sample),
            leaseUntil: lease(),
            error: null,
          },
        });
        if (count !== 1) throw new LeaseLost();
        return { written, sample };
      }, TX);
      position = next;
      imported += outcome.written.imported;
      skippedExisting += outcome.written.skippedExisting;
      rejectedCount += outcome.written.rejected.length;
      rejected = outcome.sample;
      // Rest as long as the batch took: on SQLite a writer that waits for the lock (the web
      // process, retrying every few ms) gets it between two batches instead of never.
      await sleep(Math.max(5, performance.now() - started));
    }
    await finish("done", { imported, skippedExisting, rejected: rejectedCount, rows: candidates.length }, null);
    return "done";
  } catch (error) {
    if (error instanceof LeaseLost) return "lost";
    // Database trouble: keep the job; its lease expires and a worker resumes it at the last batch.
    const message = error instanceof Error ? error.message : String(error);
    await db.subscriberImport
      .updateMany({ where: ours, data: { error: `Retrying after: ${message.slice(0, 500)}` } })
      .catch(() => undefined);
    throw error;
  }
}
