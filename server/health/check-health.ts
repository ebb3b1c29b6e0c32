import { env } from "@/lib/env";
import type { Db } from "@/server/db";
import { pageCacheStats, type PageCacheStats } from "@/server/page-cache/stats";
import { appliedMigrations, migrationState, shippedMigrations, type MigrationState } from "./migrations";

export type Health = {
  status: "ok" | "degraded" | "down";
  database: { provider: string; reachable: boolean; latencyMs?: number; error?: string };
  migrations?: MigrationState;
  /** Public pages served from memory (absent under `next dev`). */
  publicPages?: PageCacheStats;
  checkedAt: string;
};

/**
 * App up (we are answering), database reachable, migrations all applied. `cause` is for the
 * log only: the public answer names no internals.
 */
export async function checkHealth(db: Db, target = env.database): Promise<{ health: Health; cause?: unknown }> {
  const started = performance.now();
  const checkedAt = new Date().toISOString();
  const publicPages = pageCacheStats() ?? undefined;
  let applied: string[];
  try {
    applied = await appliedMigrations(db);
  } catch (cause) {
    const database = { provider: target.provider, reachable: false, error: "database unreachable" };
    return { health: { status: "down", database, publicPages, checkedAt }, cause };
  }
  const latencyMs = Math.round((performance.now() - started) * 10) / 10;
  const migrations = migrationState(shippedMigrations(target), applied);
  const status = migrations.pending.length === 0 ? "ok" : "degraded";
  return { health: { status, database: { provider: target.provider, reachable: true, latencyMs }, migrations, publicPages, checkedAt } };
}
