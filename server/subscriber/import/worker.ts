import { randomBytes } from "node:crypto";
import type { Logger } from "pino";
import type { Db } from "@/server/db";
import { sleep } from "@/lib/sleep";
import { isPaused } from "@/server/job-control";
import { claimImport, runImport } from "./run-import";

export type ImportWorkerOptions = {
  db: Db;
  logger: Logger;
  leaseMs: number;
  signal?: AbortSignal;
  idleMs?: number;
  batchSize?: number;
};

/**
 * The import loop, beside the email and webhook loops in the worker process: one import at a
 * time, oldest first; an import whose worker stopped or crashed resumes where it stood. While the
 * "import" kill switch is on it claims nothing.
 */
export async function runImportWorker(options: ImportWorkerOptions): Promise<void> {
  const { db, logger, signal, leaseMs } = options;
  const idleMs = options.idleMs ?? 1_000;
  const owner = `import-${process.pid}-${randomBytes(4).toString("hex")}`;
  while (!signal?.aborted) {
    try {
      const id = (await isPaused(db, "import")) ? null : await claimImport(db, owner, leaseMs);
      if (!id) {
        await sleep(idleMs, signal);
        continue;
      }
      const started = Date.now();
      const outcome = await runImport({ db, owner, leaseMs, signal, batchSize: options.batchSize }, id);
      logger.info({ import: id, outcome, ms: Date.now() - started }, "subscriber import finished a run");
    } catch (error) {
      logger.error({ err: error }, "subscriber import round failed");
      await sleep(Math.max(idleMs, 2_000), signal);
    }
  }
}
