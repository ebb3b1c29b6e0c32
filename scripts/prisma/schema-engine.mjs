#!/usr/bin/env node
// Stands in for Prisma's native schema-engine binary so that every `prisma` command works offline.
// prisma.config.ts points PRISMA_SCHEMA_ENGINE_BINARY here. It speaks the binary's protocol
// (JSON-RPC 2.0, one object per line on stdin/stdout, JSON log lines on stderr) and forwards each
// call to @prisma/schema-engine-wasm, Prisma's own build of the same engine, over a driver adapter.
import { readFileSync, rmSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import readline from "node:readline";
import { pathToFileURL } from "node:url";
import { parseArgs, isSqliteUrl, sqlitePath, mapEngineError } from "./schema-engine-lib.mjs";

const require = createRequire(import.meta.url);
const cliOptions = parseArgs(process.argv.slice(2));

// The CLI reads ERROR lines of target schema_engine::logger, with fields.error_code, from stderr.
function log(level, message, errorCode) {
  const fields = errorCode ? { message, error_code: errorCode } : { message };
  const line = { timestamp: new Date().toISOString(), level, fields, target: "schema_engine::logger" };
  process.stderr.write(JSON.stringify(line) + "\n");
}

function send(message) {
  process.stdout.write(JSON.stringify({ jsonrpc: "2.0", ...message }) + "\n");
}

if (cliOptions.version) {
  // The package's "exports" do not list package.json (require() of it throws): read it beside the glue.
  const glueFile = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const { version } = JSON.parse(readFileSync(new URL("package.json", pathToFileURL(glueFile)), "utf8"));
  console.log(`schema-engine-cli ${version} (wasm bridge)`);
  process.exit(0);
}

async function loadWasm() {
  const glue = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  const wasmPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg").replace(/\.js$/, ".wasm");
  const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), { "./schema_engine_bg.js": glue });
  glue.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start?.();
  return glue;
}

async function adapterFactory(url) {
  if (isSqliteUrl(url)) {
    const { PrismaBetterSqlite3 } = await import("@prisma/adapter-better-sqlite3");
    const factory = new PrismaBetterSqlite3({ url, timeout: 10_000 });
    for (const method of ["connect", "connectToShadowDb"]) {
      const connect = factory[method].bind(factory);
      factory[method] = async () => allowSqliteScripts(await connect());
    }
    return factory;
  }
  const { PrismaPg } = await import("@prisma/adapter-pg");
  await patchPgCharColumns(PrismaPg);
  // Discrete fields, not connectionString: the adapter's shadow database overrides `database`,
  // which a connectionString would silently win over (the "shadow" would be the real database).
  const { parse } = await import("pg-connection-string");
  const { schema, ...config } = parse(url);
  const options = schema ? { schema } : undefined;
  const factory = new PrismaPg(config, options);
  factory.connectToShadowDb = () => connectPgShadow(PrismaPg, config, options, factory);
  return factory;
}

// Replaying migrations into the shadow database, the engine sends whole migration files through
// executeRaw, which better-sqlite3 refuses for more than one statement, or none (an empty migration
// is only a comment): run those as scripts.
function allowSqliteScripts(adapter) {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    try {
      return await executeRaw(query);
    } catch (error) {
      const notOneStatement = /more than one statement|contains no statements/.test(String(error?.message));
      if (query.args?.length || !notOneStatement) throw error;
      await adapter.executeScript(query.sql);
      return 0;
    }
  };
  return adapter;
}

// The adapter's own shadow database is dropped while its pool still holds a connection, which
// PostgreSQL refuses; this one closes the pool first. SHADOW_DATABASE_URL, when set, is used as is.
async function connectPgShadow(PrismaPg, config, options, main) {
  const shadowUrl = cliOptions.datasource?.shadowDatabaseUrl;
  if (shadowUrl) {
    const { parse } = await import("pg-connection-string");
    return new PrismaPg(parse(shadowUrl), options).connect();
  }
  const admin = await main.connect();
  const name = `prisma_migrate_shadow_db_${crypto.randomUUID()}`;
  await admin.executeScript(`CREATE DATABASE "${name}"`);
  const shadow = await new PrismaPg({ ...config, database: name }, options).connect();
  const dispose = shadow.dispose.bind(shadow);
  shadow.dispose = async () => {
    await dispose();
    await admin.executeScript(`DROP DATABASE IF EXISTS "${name}"`);
    await admin.dispose();
  };
  return shadow;
}

// Introspection reads pg_catalog columns of type "char" (OID 18), which the adapter cannot
// deserialize. Their values are one-character strings, so report them as text (OID 25).
let pgPatched = false;
async function patchPgCharColumns(PrismaPg) {
  if (pgPatched) return;
  const { Pool } = await import("pg");
  const probe = await new PrismaPg(new Pool({ max: 0 })).connect().catch(() => null);
  const base = probe && Object.getPrototypeOf(Object.getPrototypeOf(probe));
  if (!base || typeof base.performIO !== "function") {
    log("WARN", 'adapter-pg internals changed: cannot map "char" columns; introspection may fail');
    return;
  }
  const performIO = base.performIO;
  base.performIO = async function (query, ...rest) {
    const result = await performIO.call(this, query, ...rest);
    for (const field of result?.fields ?? []) if (field.dataTypeID === 18) field.dataTypeID = 25;
    return result;
  };
  pgPatched = true;
  await probe.dispose?.().catch(() => {});
}

const url = cliOptions.datasource?.url ?? "";
const glue = await loadWasm();
const { bindMigrationAwareSqlAdapterFactory } = await import("@prisma/driver-adapter-utils");
const datamodels = cliOptions.datamodels.map((file) => [file, readFileSync(file, "utf8")]);

async function createEngine() {
  const factory = bindMigrationAwareSqlAdapterFactory(await adapterFactory(url));
  const onLog = (line) => process.stderr.write(String(line) + "\n");
  return glue.SchemaEngine.new({ datamodels: datamodels.length ? datamodels : undefined }, onLog, factory);
}

async function runCliCommand(command) {
  log("INFO", `bridge: cli ${command}`); // the CLI skips the first stderr line
  try {
    if (!url) throw new Error("no datasource URL given");
    if (command === "create-database") {
      if (!isSqliteUrl(url)) {
        const { createPostgresDatabase } = await import("./schema-engine-lib.mjs");
        await createPostgresDatabase(url);
      }
      // SQLite creates the file on first connection.
    }
    const engine = await createEngine();
    await engine.ensureConnectionValidity({ datasource: { tag: "ConnectionString", url } });
    process.exit(0);
  } catch (error) {
    const { data } = mapEngineError(error);
    log("ERROR", data.message, data.error_code);
    process.exit(1);
  }
}

if (cliOptions.cli) await runCliCommand(cliOptions.cli);

// Created on first use: the native engine also starts without a reachable database and
// reports connection problems per request.
let engine = null;
async function currentEngine() {
  engine ??= await createEngine();
  return engine;
}

const handlers = {
  // On a fresh database the wasm engine diagnoses before `_prisma_migrations` exists (P1014);
  // applying an empty list creates that table, after which the diagnosis succeeds.
  async devDiagnostic(params) {
    const engine = await currentEngine();
    try {
      return await engine.devDiagnostic(params);
    } catch (error) {
      if (!/_prisma_migrations/.test(String(error?.message))) throw error;
      await engine.applyMigrations({
        migrationsList: { ...params.migrationsList, migrationDirectories: [] },
        filters: params.filters,
      });
      return engine.devDiagnostic(params);
    }
  },
  // The wasm engine replays migrations into a shadow database only in devDiagnostic and
  // diagnoseMigrationHistory; evaluateDataLoss and createMigration reuse their cached result and fail
  // on a miss (`migrate dev` just applied pending migrations, e.g. fresh database): refill, retry.
  evaluateDataLoss: (params) => withMigrationSchemaCache("evaluateDataLoss", params),
  createMigration: (params) => withMigrationSchemaCache("createMigration", params),
  // The binary prints the diff itself; ask the CLI to print it before answering.
  async diff(params, id) {
    const engine = await currentEngine();
    const result = await engine.diff(params);
    if (result?.stdout) send({ id: `print-${id}`, method: "print", params: { content: result.stdout } });
    return result;
  },
  // The wasm engine cannot drop SQLite tables it did not create in this session: remove the file.
  async reset(params) {
    if (!isSqliteUrl(url)) return (await currentEngine()).reset(params);
    engine?.free?.();
    engine = null;
    const file = sqlitePath(url);
    for (const suffix of ["", "-wal", "-shm", "-journal"]) {
      if (existsSync(file + suffix)) rmSync(file + suffix);
    }
    await currentEngine();
    return null;
  },
};

async function withMigrationSchemaCache(method, params) {
  const engine = await currentEngine();
  try {
    return await engine[method](params);
  } catch (error) {
    if (!/shadow DB must be provided through an external factory/.test(String(error?.message))) throw error;
    await engine.diagnoseMigrationHistory({
      migrationsList: params.migrationsList,
      optInToShadowDatabase: true,
      filters: params.filters,
    });
    return engine[method](params);
  }
}

async function handle(request) {
  const own = handlers[request.method];
  if (own) return own(request.params, request.id);
  const engine = await currentEngine();
  if (typeof engine[request.method] !== "function") {
    throw Object.assign(new Error(`unknown method ${request.method}`), { code: -32601 });
  }
  return engine[request.method](request.params);
}

// Requests are answered strictly in order: the CLI never pipelines, and the engine is not reentrant.
let queue = Promise.resolve();
const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
rl.on("line", (line) => {
  let message;
  try {
    message = JSON.parse(line);
  } catch {
    log("WARN", "ignored a line that is not JSON");
    return;
  }
  if (message.method === undefined) return; // the CLI's answer to our `print` request
  queue = queue.then(async () => {
    try {
      send({ id: message.id, result: (await handle(message)) ?? null });
    } catch (error) {
      send({ id: message.id, error: mapEngineError(error) });
    }
  });
});
rl.on("close", () => queue.then(() => process.exit(0)));
