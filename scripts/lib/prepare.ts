// Before serving: apply migrations, seed demo data on the first run, and while nobody owns the page
// print a one-time setup link. A database outage does not stop the start: the public page answers
// from its last good snapshot on disk.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { sqliteFile } from "@/lib/database-url";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { issueOwnerSetupToken, ownerSetupUrl } from "@/server/auth/owner-setup-token";
import { getDb } from "@/server/db";
import { appliedMigrations, migrationState, shippedMigrations } from "@/server/health/migrations";
import { ensureSeeded } from "@/server/seed/apply";
import { hashLegacyManageTokens } from "@/server/subscriber/hash-legacy-tokens";
import { storeComponentSlugs } from "@/server/component/slugs";
import { bin, runNode } from "./run";

/** Applies pending migrations (SQLite: creates the folder first). */
export function migrate() {
  if (env.database.provider === "sqlite") mkdirSync(path.dirname(sqliteFile(env.database)), { recursive: true });
  runNode("prisma migrate deploy", bin("prisma/build/index.js"), ["migrate", "deploy"], {
    ...process.env,
    DATABASE_URL: env.database.url,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
  });
}

/**
 * Applies migrations only when some are pending. For tools run beside a live app (the Statuspage import):
 * the schema engine takes locks a busy SQLite file does not grant in time, and there is nothing to do anyway.
 */
export async function migrateIfPending(): Promise<void> {
  const applied = await appliedMigrations(getDb()).catch(() => null); // no migrations table yet: a new database
  if (applied === null || migrationState(shippedMigrations(env.database), applied).pending.length > 0) migrate();
}

async function databaseReachable(): Promise<boolean> {
  try {
    await getDb().$queryRawUnsafe("SELECT 1");
    return true;
  } catch (error) {
    logger.error({ err: error }, "database unreachable: skipping migrations and seed, serving the last good status page");
    return false;
  }
}

/** Migrates and seeds; returns the owner setup link while there is no owner. Throws only when the database is reachable but failing. */
export async function prepareDatabase(): Promise<string | null> {
  try {
    migrate();
    await hashLegacyManageTokens(getDb());
    await storeComponentSlugs(getDb());
    const result = await ensureSeeded(getDb(), { demo: env.SEED_DEMO_DATA ?? true });
    logger.info({ result }, "database ready");
    // While nobody owns the page: a fresh one-time setup link (the previous one stops working).
    const token = await issueOwnerSetupToken(getDb());
    return token ? ownerSetupUrl(token) : null;
  } catch (error) {
    if (await databaseReachable()) throw error;
    return null;
  }
}

/** A plain line, whatever LOG_LEVEL says: the one thing the person starting the app must read. */
export function printSetupLink(link: string | null) {
  if (link) process.stdout.write(`Set up the owner account (single use, valid 24 h): ${link}\n`);
}
