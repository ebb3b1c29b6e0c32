import { randomBytes } from "node:crypto";
import type { Logger } from "pino";
import type { DatabaseTarget } from "@/lib/database-url";
import { sleep } from "@/lib/sleep";
import type { Db } from "@/server/db";
import { buryExhausted, claimDeliveries, holdLeases } from "./claim";
import { isPaused } from "@/server/job-control";

export type LoopOptions = {
  db: Db;
  provider: DatabaseTarget["provider"];
  logger: Logger;
  /** Deliveries claimed per round. */
  batchSize?: number;
  leaseMs?: number;
  idleMs?: number;
  signal?: AbortSignal;
  /** Extra timed jobs run between rounds (maintenance auto start/complete, …). */
  tick?: () => Promise<void>;
};

type Channel = {
  /** Delivery.channel, also the kill switch's job class. */
  channel: "email" | "webhook" | "chat";
  /** Sends one claimed delivery and records its outcome; never throws. */
  deliver: (owner: string, id: string) => Promise<string>;
};

/**
 * One channel's loop: claim due deliveries with a lease, deliver them concurrently, count the
 * outcomes; sleep when idle; respect the kill switch. Runs until `signal` aborts.
 */
export async function runOutboxLoop(options: LoopOptions & Channel): Promise<Record<string, number>> {
  const owner = `${options.channel}-${process.pid}-${randomBytes(4).toString("hex")}`;
  const { db, provider, logger, signal, channel } = options;
  const batchSize = options.batchSize ?? 20;
  const leaseMs = options.leaseMs ?? 60_000;
  const idleMs = options.idleMs ?? 1_000;
  const counts: Record<string, number> = {};
  const releaseLeases = holdLeases(db, owner, leaseMs, (error) => logger.warn({ err: error }, `could not renew the ${channel} leases`));
  logger.info({ owner }, `${channel} worker started`);
  while (!signal?.aborted) {
    try {
      // A failing timed job must never hold up delivery.
      await options.tick?.().catch((error: unknown) => logger.error({ err: error }, "worker tick failed"));
      await buryExhausted(db);
      if (await isPaused(db, channel)) {
        await sleep(idleMs, signal);
        continue;
      }
      const ids = await claimDeliveries(db, provider, { owner, limit: batchSize, leaseMs, channel });
      if (ids.length === 0) {
        await sleep(idleMs, signal);
        continue;
      }
      const outcomes = await Promise.all(ids.map((id) => options.deliver(owner, id)));
      for (const outcome of outcomes) counts[outcome] = (counts[outcome] ?? 0) + 1;
    } catch (error) {
      // Database trouble: back off and keep going; leases make sure nothing is lost meanwhile.
      logger.error({ err: error }, `${channel} round failed`);
      await sleep(Math.max(idleMs, 2_000), signal);
    }
  }
  releaseLeases();
  logger.info({ owner, counts }, `${channel} worker stopped`);
  return counts;
}
