import type { Logger } from "pino";
import type { Db } from "@/server/db";
import { sleep } from "@/lib/sleep";
import { processAlerts } from "./process";

/**
 * The alert loop, beside the email, webhook and import loops in the worker process: received
 * alerts are applied within about `idleMs`, held drafts published when their hold is over.
 */
export async function runAlertWorker({
  db,
  logger,
  signal,
  idleMs = 1_000,
}: {
  db: Db;
  logger: Logger;
  signal?: AbortSignal;
  idleMs?: number;
}) {
  while (!signal?.aborted) {
    try {
      const { applied, published } = await processAlerts({ db });
      if (applied || published) logger.info({ applied, published }, "alerts applied");
      if (applied === 0) await sleep(idleMs, signal);
    } catch (error) {
      logger.error({ err: error }, "alert round failed");
      await sleep(Math.max(idleMs, 2_000), signal);
    }
  }
}
