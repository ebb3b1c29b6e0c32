import { readdirSync } from "node:fs";
import path from "node:path";
import type { DatabaseTarget } from "@/lib/database-url";

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
