import { readdirSync } from "node:fs";
import path from "node:path";
import type { DatabaseTarget } from "@/lib/database-url";
import type { Db } from "@/server/db";

/** Migration names shipped with this build, for the database kind in use. */
export function shippedMigrations(target: DatabaseTarget): string[] {
  // Static path segments keep Next's file tracing scoped to the migrations folders.
  const dir =
    target.provider === "postgresql"
      ? path.join(process.cwd(), "prisma", "postgresql", "migrations")
      : path.join(process.cwd(), "prisma", "migrations");
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

export type MigrationState = { applied: number; pending: string[]; unknown: string[] };

/** Compares shipped migrations with those the database records as finished. */
export function migrationState(shipped: string[], applied: string[]): MigrationState {
  const done = new Set(applied);
  const known = new Set(shipped);
  return {
    applied: applied.length,
    pending: shipped.filter((name) => !done.has(name)),
    unknown: applied.filter((name) => !known.has(name)),
  };
}

/** Names of the migrations the database records as finished (throws when it cannot be read, e.g. no table yet). */
export async function appliedMigrations(db: Db): Promise<string[]> {
  const rows = await db.$queryRawUnsafe<Array<{ migration_name: string }>>(
    "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
  );
  return rows.map((row) => row.migration_name);
}
