import { databaseTarget } from "@/lib/database-url";
import { createDb, type Db } from "@/server/db";

let db: Db | undefined;

/** The e2e server's own database, for arranging data a test needs and checking what it stored. */
export function e2eDb(): Db {
  db ??= createDb(databaseTarget(process.env.E2E_DATABASE_URL));
  return db;
}
