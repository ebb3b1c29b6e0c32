#!/usr/bin/env node
// `npm run db:migrate -- --name <name>`: creates the next migration for BOTH databases from the
// canonical schema (prisma/schema.prisma). Each is drafted with `prisma migrate dev --create-only`
// against a throwaway database that holds the existing migrations, so no real database is touched.
// PostgreSQL's throwaway database lives on TEST_POSTGRES_URL's server and is dropped afterwards.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const cli = path.join(root, "node_modules/prisma/build/index.js");
const serverUrl = process.env.TEST_POSTGRES_URL ?? "postgresql://root@127.0.0.1:5432/postgres";
const targets = {
  sqlite: path.join(root, "prisma/migrations"),
  postgresql: path.join(root, "prisma/postgresql/migrations"),
};

function fail(message) {
  console.error(`db:migrate: ${message}`);
  process.exit(1);
}

function parseName(argv) {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--name" || argv[i] === "-n") return argv[i + 1];
    if (argv[i].startsWith("--name=")) return argv[i].slice("--name=".length);
  }
  return undefined;
}

function redact(url) {
  const copy = new URL(url);
  if (copy.password) copy.password = "***";
  return copy.toString();
}

async function withServer(run) {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `PostgreSQL is unreachable at ${redact(serverUrl)} (${error.message}).\n` +
        "The PostgreSQL migration is drafted against a temporary database on that server: start it\n" +
        "(e.g. `pg_ctlcluster 15 main start`) or set TEST_POSTGRES_URL to a server where you may create databases.",
    );
  }
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

function migrationDirs(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
}

/** Runs the project's Prisma CLI against `databaseUrl`; prisma.config.ts picks schema and migrations from it. */
function prisma(args, databaseUrl, { quiet = false } = {}) {
  const env = { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" };
  // A developer's own shadow database belongs to one provider; the bridge makes its own on both.
  delete env.SHADOW_DATABASE_URL;
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: root,
    env,
    encoding: "utf8",
    stdio: quiet ? "pipe" : "inherit",
  });
  if (result.status !== 0) {
    if (quiet) process.stderr.write(`${result.stdout ?? ""}${result.stderr ?? ""}`);
    throw new Error(`prisma ${args.join(" ")} failed (exit ${result.status ?? result.signal})`);
  }
}

/** Drafts the migration on a database holding every existing migration; returns the new folder's name. */
function draft(provider, databaseUrl, name) {
  const dir = targets[provider];
  const before = new Set(migrationDirs(dir));
  prisma(["migrate", "deploy"], databaseUrl, { quiet: true });
  prisma(["migrate", "dev", "--create-only", "--name", name], databaseUrl);
  const created = migrationDirs(dir).filter((entry) => !before.has(entry));
  if (created.length !== 1) throw new Error(`expected one new migration in ${path.relative(root, dir)}, found ${created.length}`);
  return created[0];
}

async function main() {
  const name = parseName(process.argv.slice(2));
  if (!name || name.startsWith("-")) fail("usage: npm run db:migrate -- --name <migration_name>");

  // Checked first, so an unreachable server leaves nothing half done.
  await withServer(() => undefined).catch((error) => fail(error.message));

  const derive = spawnSync(process.execPath, [path.join(root, "scripts/prisma/derive.mjs")], { stdio: "inherit" });
  if (derive.status !== 0) fail("deriving prisma/postgresql/schema.prisma failed");

  const created = [];
  const tempDir = mkdtempSync(path.join(os.tmpdir(), "db-migrate-"));
  const database = `statuspage_migrate_${Date.now()}_${Math.random().toString(36).slice(2, 8)}`;
  let failure = null;
  try {
    console.log("\n== SQLite: drafting against a temporary database file ==");
    const sqliteDir = draft("sqlite", `file:${path.join(tempDir, "migrate.db")}`, name);
    created.push(path.join(targets.sqlite, sqliteDir));

    console.log(`\n== PostgreSQL: drafting against a temporary database "${database}" ==`);
    await withServer((client) => client.query(`CREATE DATABASE "${database}"`));
    const url = new URL(serverUrl);
    url.pathname = `/${database}`;
    const pgDir = draft("postgresql", url.toString(), name);
    created.push(path.join(targets.postgresql, pgDir));

    // The two drafts get their own timestamps; one folder name for both keeps the histories aligned.
    if (pgDir !== sqliteDir && !migrationDirs(targets.postgresql).includes(sqliteDir)) {
      renameSync(path.join(targets.postgresql, pgDir), path.join(targets.postgresql, sqliteDir));
      created[1] = path.join(targets.postgresql, sqliteDir);
    }
  } catch (error) {
    failure = error;
  } finally {
    rmSync(tempDir, { recursive: true, force: true });
    await withServer((client) => client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`)).catch((error) =>
      console.error(`db:migrate: could not drop the temporary database "${database}": ${error.message}`),
    );
  }
  if (failure) {
    // All or nothing: a migration for only one database would let the histories drift apart.
    for (const dir of created) rmSync(dir, { recursive: true, force: true });
    if (created.length) console.error(`removed the partial result: ${created.map((dir) => path.relative(root, dir)).join(", ")}`);
    fail(failure.message);
  }

  console.log("\nCreated (not applied):");
  for (const dir of created) console.log(`  ${path.relative(root, path.join(dir, "migration.sql"))}`);
  const empty = created.every((dir) => /This is an empty migration/.test(readFileSync(path.join(dir, "migration.sql"), "utf8")));
  if (empty) console.log("The schema had no changes: both migrations are empty, for SQL of your own.");
  console.log("Review both, then apply with `npm run db:deploy` (or `prisma migrate dev`) on each database.");
}

await main();
