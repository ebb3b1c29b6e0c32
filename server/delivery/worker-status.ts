import { hostname } from "node:os";
import type { Db } from "@/server/db";
import { summarizeWorkers, type WorkerHealth } from "./worker-health";

/**
 * The SMTP circuit as the worker sees it. Shape of the circuit breaker's onChange(state); any
 * spelling of half-open is accepted, times as Date or epoch milliseconds.
 */
export type CircuitState = {
  state: "closed" | "open" | "half_open" | "half-open";
  lastError?: string | null;
  consecutiveFailures?: number;
  nextProbeAt?: Date | number | null;
};

export type WorkerStatusUpdate = { owner: string; circuit?: CircuitState };

/** One id per worker process, stable for its life. */
export function workerOwnerId(): string {
  return `${hostname()}-${process.pid}`;
}

const asDate = (value: Date | number | null | undefined) => (value == null ? null : new Date(value));

/**
 * Upserts this worker's row: a heartbeat alone touches heartbeatAt; with a circuit it also records
 * the circuit (circuitSince moves only when the state changes). One primary-key write, or a read
 * and a write on a circuit change: cheap enough every 10 s and on every change.
 */
export async function recordWorkerStatus(db: Db, { owner, circuit }: WorkerStatusUpdate, now = new Date()): Promise<void> {
  if (!circuit) {
    await db.workerStatus.upsert({ where: { owner }, create: { owner, heartbeatAt: now, startedAt: now }, update: { heartbeatAt: now } });
    return;
  }
  const state = circuit.state === "half-open" ? "half_open" : circuit.state;
  const previous = await db.workerStatus.findUnique({ where: { owner }, select: { circuit: true, circuitSince: true } });
  const data = {
    heartbeatAt: now,
    circuit: state,
    circuitSince: previous?.circuit === state ? previous.circuitSince : now,
    // Closed means mail flows: no error to show.
    lastError: state === "closed" ? null : (circuit.lastError?.slice(0, 500) ?? null),
    consecutiveFailures: circuit.consecutiveFailures ?? 0,
    nextProbeAt: state === "closed" ? null : asDate(circuit.nextProbeAt),
  };
  await db.workerStatus.upsert({ where: { owner }, create: { owner, startedAt: now, ...data }, update: data });
}

/** Worker rows not heard from in a week are forgotten (restarts leave one row per old pid). */
export async function forgetOldWorkers(db: Db, now = new Date()): Promise<number> {
  const { count } = await db.workerStatus.deleteMany({ where: { heartbeatAt: { lt: new Date(now.getTime() - 7 * 86_400_000) } } });
  return count;
}

export async function readWorkerStatus(db: Db, now = new Date()): Promise<WorkerHealth> {
  const rows = await db.workerStatus.findMany({ orderBy: { heartbeatAt: "desc" }, take: 50 });
  return summarizeWorkers(rows, now);
}
