import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { databaseTarget } from "@/lib/database-url";
import { createApiToken } from "@/server/api-token";
import { createDb, type Db } from "@/server/db";
import { createTestDatabase, dropTestDatabase } from "@/test/postgres";

export type BenchDatabase = { url: string; dir: string; drop: () => Promise<void> };

/** An empty database of `kind` (the app migrates and seeds it on start) and a folder for the app's files. */
export async function emptyDatabase(kind: "sqlite" | "postgresql", bench = "fanout"): Promise<BenchDatabase> {
  const dir = mkdtempSync(path.join(os.tmpdir(), `statuspage-bench-${bench}-`));
  const removeDir = () => rmSync(dir, { recursive: true, force: true });
  if (kind === "sqlite") return { url: `file:${dir}/app.db`, dir, drop: async () => removeDir() };
  const { name, url } = await createTestDatabase(`bench_${bench}`);
  return {
    url,
    dir,
    drop: async () => {
      removeDir();
      await dropTestDatabase(name);
    },
  };
}

export const openDb = (url: string): Db => createDb(databaseTarget(url));

const INACTIVE = ["unsubscribed", "bounced", "complained", "pending"];
const BATCH = 2_000;

/**
 * `active` subscribers of every component ("active-<i>@…") and `inactive` ones in the other states
 * ("inactive-<i>@…"), written straight to the database in batches: arrangement, not the measured path.
 */
export async function seedSubscribers(db: Db, active: number, inactive: number, run: string): Promise<void> {
  const rows = (kind: "active" | "inactive", from: number, count: number) =>
    Array.from({ length: count }, (_, k) => {
      const i = from + k;
      const email = `${kind}-${i}-${run}@bench.test`;
      const status = kind === "active" ? "active" : INACTIVE[i % INACTIVE.length]!;
      return { email, emailNormalized: email, status, source: "import", manageSalt: `bench-${kind}-${i}-${run}`, confirmedAt: new Date() };
    });
  for (const [kind, total] of [
    ["active", active],
    ["inactive", inactive],
  ] as const) {
    for (let from = 0; from < total; from += BATCH)
      await db.subscriber.createMany({ data: rows(kind, from, Math.min(BATCH, total - from)) });
  }
}

/** A write token of a fresh admin, made by the domain verb the console uses. */
export async function benchToken(db: Db, run: string): Promise<string> {
  const email = `bench-admin-${run}@bench.test`;
  const user = await db.user.create({ data: { name: "Bench admin", email, role: "admin" } });
  const { secret } = await createApiToken({
    ctx: { db, actor: { type: "user", id: user.id, email, name: user.name, role: "admin" } },
    input: { name: `bench ${run}`, scope: "write" },
  });
  return secret;
}
