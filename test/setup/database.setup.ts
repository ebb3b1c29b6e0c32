import { inject } from "vitest";

// Before any app module loads, so lib/env.ts and getDb() see this run's database.
const url = inject("databaseUrl");
// Guard: a PostgreSQL run that silently used SQLite once passed for the wrong reason.
const expected = process.env.TEST_DATABASE === "postgresql" ? /^postgres(ql)?:/ : /^file:/;
if (!expected.test(url)) {
  throw new Error(`TEST_DATABASE=${process.env.TEST_DATABASE} but the provided database is ${url}`);
}
process.env.DATABASE_URL = url;
