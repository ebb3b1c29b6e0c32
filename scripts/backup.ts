// `npm run db:backup -- <file>`: a consistent copy of the SQLite database while the app keeps running
// (SQLite's online backup API: readers and writers are not stopped). PostgreSQL: use pg_dump (docs/backup.md).
import path from "node:path";
import Database from "better-sqlite3";
import { databaseTarget, sqliteFile } from "@/lib/database-url";
import { env } from "@/lib/env";

const target = databaseTarget(env.DATABASE_URL);
const out = process.argv[2];
if (target.provider !== "sqlite") {
  console.error("DATABASE_URL is PostgreSQL: back it up with pg_dump (see docs/backup.md).");
  process.exit(2);
}
if (!out) {
  console.error("usage: npm run db:backup -- <backup file>");
  process.exit(2);
}
const db = new Database(sqliteFile(target), { readonly: true, fileMustExist: true });
let pages = 0;
await db.backup(path.resolve(out), {
  progress: ({ totalPages, remainingPages }) => {
    pages = totalPages;
    return remainingPages > 0 ? 1_000 : 0;
  },
});
db.close();
console.log(`backed up ${pages} pages to ${path.resolve(out)}`);
