import "#server-only";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { env } from "@/lib/env";
import type { DatabaseTarget } from "@/lib/database-url";
import { PrismaClient } from "./generated/sqlite/client";
import { guardSqliteConnection, retryWhileBusy } from "./sqlite-connection";
import { PrismaClient as PostgresClient } from "./generated/postgresql/client";

/** Both generated clients share one model shape; the SQLite one is the canonical type. */
export type Db = PrismaClient;

// Per connection: WAL lets readers proceed during a write; busy_timeout only 20 ms, because SQLite
// waits inside a synchronous call that stops the whole process; longer waits for a lock held by
// another process (the worker) are retries between which the event loop runs
// (./sqlite-connection.ts); synchronous=NORMAL is durable under WAL and much faster than FULL.
const SQLITE_PRAGMAS = "PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 20; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;";

function sqliteAdapter(url: string) {
  const factory = new PrismaBetterSqlite3({ url, timeout: 20 });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    await retryWhileBusy(() => adapter.executeScript(SQLITE_PRAGMAS));
    return guardSqliteConnection(adapter);
  };
  return factory;
}

export function createDb(target: DatabaseTarget): Db {
  if (target.provider === "postgresql") {
    const client = new PostgresClient({ adapter: new PrismaPg({ connectionString: target.url, connectionTimeoutMillis: 5_000 }) });
    return client as unknown as Db;
  }
  return new PrismaClient({ adapter: sqliteAdapter(target.url) });
}

const cache = globalThis as unknown as { __statuspageDb?: Db };

/** The process-wide client (kept on globalThis so dev reloads do not open new pools). */
export function getDb(): Db {
  cache.__statuspageDb ??= createDb(env.database);
  return cache.__statuspageDb;
}
