// The Prisma CLI through the offline schema-engine bridge, against real databases: every test
// makes its own (a SQLite file in a temp dir or a fresh PostgreSQL database) and never writes to
// the committed prisma/ folder; commands that create migrations run on a temp copy of it.
import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createTestDatabase, databaseUrl, dropTestDatabase, TEST_POSTGRES_URL } from "../../test/postgres";
import { derivePostgresSchema } from "./derive.mjs";

const root = path.resolve(import.meta.dirname, "../..");
const cli = path.join(root, "node_modules/prisma/build/index.js");
const bridge = path.join(root, "scripts/prisma/schema-engine.mjs");
const sqliteSchema = path.join(root, "prisma/schema.prisma");
const sqliteMigrations = path.join(root, "prisma/migrations");
const pgSchema = path.join(root, "prisma/postgresql/schema.prisma");
const pgMigrations = path.join(root, "prisma/postgresql/migrations");

// Any attempt to download an engine fails against this mirror, so every command here proves the
// bridge kept the CLI offline.
const OFFLINE = { PRISMA_ENGINES_MIRROR: "http://127.0.0.1:9", PRISMA_HIDE_UPDATE_MESSAGE: "1" };

const tempDir = mkdtempSync(path.join(os.tmpdir(), "prisma-tooling-"));
const pgDatabases: string[] = [];

afterAll(async () => {
  for (const name of pgDatabases) await dropTestDatabase(name);
  rmSync(tempDir, { recursive: true, force: true });
});

type Run = { status: number | null; stdout: string; output: string };

function node(args: string[], env: Record<string, string>, cwd = root): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd,
      env: { ...process.env, ...OFFLINE, ...env },
      stdio: ["ignore", "pipe", "pipe"],
      timeout: 120_000,
    });
    let stdout = "";
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => ((stdout += chunk), (output += chunk)));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, output }));
  });
}

/** Runs the Prisma CLI from `cwd` (the project, or a temp project of `writeProject`). */
function prisma(args: string[], databaseUrl: string, cwd = root): Promise<Run> {
  return node([cli, ...args], { DATABASE_URL: databaseUrl, PRISMA_SCHEMA_ENGINE_BINARY: bridge }, cwd);
}

async function prismaOk(args: string[], databaseUrl: string, cwd = root): Promise<Run> {
  const result = await prisma(args, databaseUrl, cwd);
  if (result.status !== 0) throw new Error(`prisma ${args.join(" ")} exited ${result.status}:\n${result.output}`);
  return result;
}

function tempPath(name: string): string {
  const dir = mkdtempSync(path.join(tempDir, `${name}-`));
  return path.join(dir, name);
}

/**
 * A throwaway project: a copy of one schema (plus `extra` text) and its migrations, and a config
 * of our own pointing at them, so `migrate dev` can add migrations without touching prisma/.
 */
function writeProject(name: string, schema: string, migrations: string, extra = ""): string {
  const dir = tempPath(name);
  mkdirSync(path.join(dir, "prisma"), { recursive: true });
  writeFileSync(path.join(dir, "prisma/schema.prisma"), readFileSync(schema, "utf8") + extra);
  cpSync(migrations, path.join(dir, "prisma/migrations"), { recursive: true });
  const config = `import { createRequire } from "node:module";
const { defineConfig } = createRequire(${JSON.stringify(path.join(root, "package.json"))})("prisma/config");
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL },
});
`;
  writeFileSync(path.join(dir, "prisma.config.mjs"), config);
  return dir;
}

const PROBE_MODEL = `
model ToolingProbe {
  id    Int    @id
  label String
}
`;

/** Table names the schema's models map to, plus Prisma's own history table. */
function expectedTables(schemaFile: string): string[] {
  const schema = readFileSync(schemaFile, "utf8");
  const tables = [...schema.matchAll(/^model\s+(\w+)\s*\{([^}]*)\}/gm)].map(
    ([, model, body]) => /@@map\("([^"]+)"\)/.exec(body ?? "")?.[1] ?? model!,
  );
  return [...tables, "_prisma_migrations"].sort();
}

function migrationNames(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

function sqliteQuery<T>(file: string, sql: string): T[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}

function sqliteTables(file: string): string[] {
  const rows = sqliteQuery<{ name: string }>(file, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
  return rows.map((row) => row.name).sort();
}

function sqliteAppliedMigrations(file: string): string[] {
  const sql = "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL";
  return sqliteQuery<{ migration_name: string }>(file, sql)
    .map((row) => row.migration_name)
    .sort();
}

async function pgQuery<T>(url: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, values)).rows as T[];
  } finally {
    await client.end();
  }
}

async function pgTables(url: string): Promise<string[]> {
  const sql = "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'";
  return (await pgQuery<{ table_name: string }>(url, sql)).map((row) => row.table_name).sort();
}

async function pgAppliedMigrations(url: string): Promise<string[]> {
  const sql = "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL";
  return (await pgQuery<{ migration_name: string }>(url, sql)).map((row) => row.migration_name).sort();
}

async function pgDatabaseNames(): Promise<string[]> {
  return (await pgQuery<{ datname: string }>(TEST_POSTGRES_URL, "SELECT datname FROM pg_database")).map((row) => row.datname);
}

async function shadowDatabases(): Promise<string[]> {
  return (await pgDatabaseNames()).filter((name) => name.startsWith("prisma_migrate_shadow_db_"));
}

/** Shadow databases that appeared since `before` and are still there a moment later (another run's may be in flight). */
async function leakedShadowDatabases(before: string[]): Promise<string[]> {
  const isNew = (name: string) => !before.includes(name);
  if ((await shadowDatabases()).filter(isNew).length === 0) return [];
  await new Promise((resolve) => setTimeout(resolve, 3000));
  return (await shadowDatabases()).filter(isNew);
}

async function freshPgDatabase(prefix: string): Promise<string> {
  const { name, url } = await createTestDatabase(prefix);
  pgDatabases.push(name);
  return url;
}

describe("derived PostgreSQL schema", () => {
  it("is current (derive --check exits 0)", () => {
    const result = spawnSync(process.execPath, [path.join(root, "scripts/prisma/derive.mjs"), "--check"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(readFileSync(pgSchema, "utf8")).toBe(derivePostgresSchema(readFileSync(sqliteSchema, "utf8")));
  });

  it("is reported stale once the canonical schema changes", () => {
    const changed = readFileSync(sqliteSchema, "utf8") + PROBE_MODEL;
    expect(derivePostgresSchema(changed)).not.toBe(readFileSync(pgSchema, "utf8"));

    // The script itself, run on a copy of the tree whose canonical schema changed.
    const copy = tempPath("derive");
    mkdirSync(path.join(copy, "scripts/prisma"), { recursive: true });
    mkdirSync(path.join(copy, "prisma/postgresql"), { recursive: true });
    cpSync(path.join(root, "scripts/prisma/derive.mjs"), path.join(copy, "scripts/prisma/derive.mjs"));
    cpSync(pgSchema, path.join(copy, "prisma/postgresql/schema.prisma"));
    writeFileSync(path.join(copy, "prisma/schema.prisma"), changed);
    const result = spawnSync(process.execPath, [path.join(copy, "scripts/prisma/derive.mjs"), "--check"], { encoding: "utf8" });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/stale/);
  });
});

describe("migration histories", () => {
  const args = (migrations: string, schema: string) => [
    "migrate",
    "diff",
    "--from-migrations",
    migrations,
    "--to-schema",
    schema,
    "--exit-code",
  ];

  it("SQLite: prisma/migrations matches prisma/schema.prisma", async () => {
    const result = await prisma(args("prisma/migrations", "prisma/schema.prisma"), `file:${tempPath("diff.db")}`);
    expect(result.output).toMatch(/No difference detected/);
    expect(result.status).toBe(0);
  });

  it("SQLite: a schema change the migrations lack is detected (exit code 2)", async () => {
    const project = writeProject("diff-changed", sqliteSchema, sqliteMigrations, PROBE_MODEL);
    const result = await prisma(args("prisma/migrations", "prisma/schema.prisma"), `file:${tempPath("diff.db")}`, project);
    expect(result.status).toBe(2);
    expect(result.stdout).toMatch(/ToolingProbe/);
  });

  it("SQLite: an empty migration (only a comment) replays in the shadow database", async () => {
    const project = writeProject("diff-empty", sqliteSchema, sqliteMigrations);
    mkdirSync(path.join(project, "prisma/migrations/29991231000000_empty"));
    writeFileSync(path.join(project, "prisma/migrations/29991231000000_empty/migration.sql"), "-- This is an empty migration.");
    const result = await prisma(args("prisma/migrations", "prisma/schema.prisma"), `file:${tempPath("diff.db")}`, project);
    expect(result.output).toMatch(/No difference detected/);
    expect(result.status).toBe(0);
  });

  it("PostgreSQL: prisma/postgresql/migrations matches its schema, and no shadow database is left", async () => {
    const url = await freshPgDatabase("tooling_diff");
    const before = await shadowDatabases();
    const result = await prisma(args("prisma/postgresql/migrations", "prisma/postgresql/schema.prisma"), url);
    expect(result.output).toMatch(/No difference detected/);
    expect(result.status).toBe(0);
    expect(await leakedShadowDatabases(before)).toEqual([]);
  });
});

describe("migrate deploy", () => {
  it("SQLite: a fresh file ends up with every table, and status is up to date", async () => {
    const file = tempPath("deploy.db");
    await prismaOk(["migrate", "deploy"], `file:${file}`);
    const status = await prismaOk(["migrate", "status"], `file:${file}`);
    expect(status.output).toMatch(/Database schema is up to date/);
    expect(sqliteTables(file)).toEqual(expectedTables(sqliteSchema));
    expect(sqliteAppliedMigrations(file)).toEqual(migrationNames(sqliteMigrations));
  });

  it("PostgreSQL: a fresh database ends up with every table, and status is up to date", async () => {
    const url = await freshPgDatabase("tooling_deploy");
    await prismaOk(["migrate", "deploy"], url);
    const status = await prismaOk(["migrate", "status"], url);
    expect(status.output).toMatch(/Database schema is up to date/);
    expect(await pgTables(url)).toEqual(expectedTables(pgSchema));
    expect(await pgAppliedMigrations(url)).toEqual(migrationNames(pgMigrations));
  });
});

describe("migrate dev", () => {
  it("PostgreSQL: creates a database that does not exist yet, then a migration, then applies it", async () => {
    const name = `tooling_dev_${Date.now()}_${Math.random().toString(36).slice(2, 8)}`;
    pgDatabases.push(name);
    const url = databaseUrl(name);
    const project = writeProject("dev-pg", pgSchema, pgMigrations, PROBE_MODEL);
    const before = await shadowDatabases();

    // P1003 → the CLI runs `cli create-database`; then it applies the committed migrations and
    // drafts the new one (which needs the migration history replayed in a shadow database).
    const draft = await prismaOk(["migrate", "dev", "--create-only", "--name", "probe"], url, project);
    expect(draft.output).toMatch(/created/);
    expect(await pgDatabaseNames()).toContain(name);
    const created = migrationNames(path.join(project, "prisma/migrations")).filter((dir) => dir.endsWith("_probe"));
    expect(created).toHaveLength(1);
    const sql = readFileSync(path.join(project, "prisma/migrations", created[0]!, "migration.sql"), "utf8");
    expect(sql).toMatch(/CREATE TABLE "ToolingProbe"/);
    expect(await pgTables(url)).not.toContain("ToolingProbe");

    await prismaOk(["migrate", "dev"], url, project);
    expect(await pgTables(url)).toContain("ToolingProbe");
    expect(await pgAppliedMigrations(url)).toEqual([...migrationNames(pgMigrations), created[0]].sort());
    expect(await leakedShadowDatabases(before)).toEqual([]);
  });

  it("SQLite: on a file that does not exist yet, creates and applies a migration", async () => {
    const file = tempPath("dev.db");
    const project = writeProject("dev-sqlite", sqliteSchema, sqliteMigrations, PROBE_MODEL);
    // The wasm engine's devDiagnostic fails with P1014 on a fresh file until the bridge creates `_prisma_migrations`.
    const result = await prismaOk(["migrate", "dev", "--name", "probe"], `file:${file}`, project);
    expect(result.output).toMatch(/in sync with your schema/);
    const created = migrationNames(path.join(project, "prisma/migrations")).filter((dir) => dir.endsWith("_probe"));
    expect(created).toHaveLength(1);
    expect(sqliteTables(file)).toContain("ToolingProbe");
    expect(sqliteAppliedMigrations(file)).toEqual([...migrationNames(sqliteMigrations), created[0]].sort());
  });
});

describe("migrate reset", () => {
  it("SQLite: works twice in a row and leaves only the migrated schema", async () => {
    const file = tempPath("reset.db");
    const project = writeProject("reset", sqliteSchema, sqliteMigrations);
    await prismaOk(["migrate", "reset", "--force"], `file:${file}`, project);
    expect(sqliteTables(file)).toEqual(expectedTables(sqliteSchema));

    const db = new Database(file);
    db.exec("CREATE TABLE leftover (x INTEGER)");
    db.close();
    await prismaOk(["migrate", "reset", "--force"], `file:${file}`, project);
    expect(sqliteTables(file)).toEqual(expectedTables(sqliteSchema));
    expect(sqliteAppliedMigrations(file)).toEqual(migrationNames(sqliteMigrations));
  });
});

describe("migrate diff --script", () => {
  it("prints the SQL (the bridge asks the CLI to print it)", async () => {
    const result = await prismaOk(
      ["migrate", "diff", "--from-empty", "--to-schema", "prisma/schema.prisma", "--script"],
      `file:${tempPath("script.db")}`,
    );
    expect(result.stdout).toMatch(/CREATE TABLE "ComponentGroup"/);
    expect(result.stdout.match(/CREATE TABLE/g)?.length).toBe(expectedTables(sqliteSchema).length - 1);
  });
});

describe("offline", () => {
  it("never tries to download an engine (an unreachable mirror changes nothing)", async () => {
    // `prisma version` asks the engine for its version: the download path if there were no bridge.
    const result = await prismaOk(["version"], `file:${tempPath("version.db")}`);
    expect(result.stdout).toMatch(/Schema Engine\s+: schema-engine-cli .*wasm bridge/);
    expect(result.output).not.toMatch(/127\.0\.0\.1:9|ECONNREFUSED|download/i);
  });
});

/** A copy of what `npm run db:migrate` reads and writes (prisma/, the scripts, the config), sharing node_modules. */
function copyProject(name: string): string {
  const dir = tempPath(name);
  for (const entry of ["prisma", "scripts/prisma", "prisma.config.ts", "lib/database-url.ts", "package.json"]) {
    cpSync(path.join(root, entry), path.join(dir, entry), { recursive: true });
  }
  symlinkSync(path.join(root, "node_modules"), path.join(dir, "node_modules"));
  return dir;
}

describe("npm run db:migrate (scripts/prisma/migrate-dev.mjs)", () => {
  it("drafts the same migration for both databases from the canonical schema", async () => {
    const project = copyProject("db-migrate");
    writeFileSync(path.join(project, "prisma/schema.prisma"), readFileSync(sqliteSchema, "utf8") + PROBE_MODEL);
    const before = await pgDatabaseNames();

    const result = await node([path.join(project, "scripts/prisma/migrate-dev.mjs"), "--name", "probe"], {}, project);
    expect(result.output).toMatch(/Created \(not applied\)/);
    expect(result.status).toBe(0);

    const sqliteCreated = migrationNames(path.join(project, "prisma/migrations")).filter((dir) => dir.endsWith("_probe"));
    const pgCreated = migrationNames(path.join(project, "prisma/postgresql/migrations")).filter((dir) => dir.endsWith("_probe"));
    expect(sqliteCreated).toHaveLength(1);
    expect(pgCreated).toEqual(sqliteCreated);
    const sql = (dir: string) => readFileSync(path.join(project, dir, sqliteCreated[0]!, "migration.sql"), "utf8");
    expect(sql("prisma/migrations")).toMatch(/CREATE TABLE "ToolingProbe"[^;]*PRIMARY KEY AUTOINCREMENT/);
    expect(sql("prisma/postgresql/migrations")).toMatch(/CREATE TABLE "ToolingProbe"[^;]*CONSTRAINT "ToolingProbe_pkey"/);
    expect(readFileSync(path.join(project, "prisma/postgresql/schema.prisma"), "utf8")).toMatch(/model ToolingProbe/);

    // Its temporary PostgreSQL database is gone.
    expect((await pgDatabaseNames()).filter((name) => !before.includes(name) && name.startsWith("statuspage_migrate_"))).toEqual([]);
  });

  it("fails clearly, having changed nothing, when PostgreSQL is unreachable", async () => {
    const project = copyProject("db-migrate-offline");
    writeFileSync(path.join(project, "prisma/schema.prisma"), readFileSync(sqliteSchema, "utf8") + PROBE_MODEL);
    const script = path.join(project, "scripts/prisma/migrate-dev.mjs");
    const result = await node([script, "--name", "probe"], { TEST_POSTGRES_URL: "postgresql://root@127.0.0.1:1/postgres" }, project);
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/PostgreSQL is unreachable at postgresql:\/\/root@127\.0\.0\.1:1\/postgres/);
    expect(migrationNames(path.join(project, "prisma/migrations"))).toEqual(migrationNames(sqliteMigrations));
    expect(readFileSync(path.join(project, "prisma/postgresql/schema.prisma"), "utf8")).toBe(readFileSync(pgSchema, "utf8"));
  });

  it("asks for a name", async () => {
    const result = await node([path.join(root, "scripts/prisma/migrate-dev.mjs")], {});
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/usage: npm run db:migrate -- --name <migration_name>/);
  });
});
