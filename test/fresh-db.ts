import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { databaseTarget } from "@/lib/database-url";
import { createDb, type Db } from "@/server/db";
import { createTestDatabase, dropTestDatabase } from "./postgres";
import { migrateDeploy } from "./prisma-cli";

export type FreshDatabase = { db: Db; url: string; provider: "sqlite" | "postgresql"; drop: () => Promise<void> };

/**
 * A migrated database of the run's kind (TEST_DATABASE) for tests that need the whole database
 * to themselves: workers claim any due row, so they cannot share one with other test files.
 */
export async function freshDatabase(prefix: string): Promise<FreshDatabase> {
  if (process.env.TEST_DATABASE === "postgresql") {
    const { name, url } = await createTestDatabase(prefix);
    migrateDeploy(url);
    const db = createDb(databaseTarget(url));
    return {
      db,
      url,
      provider: "postgresql",
      drop: async () => {
        await db.$disconnect();
        await dropTestDatabase(name);
      },
    };
  }
  const dir = path.resolve("data/test");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}.db`);
  const url = `file:${file}`;
  migrateDeploy(url);
  const db = createDb(databaseTarget(url));
  return {
    db,
    url,
    provider: "sqlite",
    drop: async () => {
      await db.$disconnect();
      for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
    },
  };
}
