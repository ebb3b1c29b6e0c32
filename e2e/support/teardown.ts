import { rmSync } from "node:fs";
import { databaseTarget, sqliteFile } from "@/lib/database-url";

// The run's database goes when the run ends; a failed run's file stays only until the next run.
export default function teardown() {
  const target = databaseTarget(process.env.E2E_DATABASE_URL);
  if (target.provider !== "sqlite") return;
  for (const suffix of ["", "-wal", "-shm"]) rmSync(sqliteFile(target) + suffix, { force: true });
}
