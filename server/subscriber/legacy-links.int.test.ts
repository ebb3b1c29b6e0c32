import { readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { databaseTarget } from "@/lib/database-url";
import { createDb, type Db } from "@/server/db";
import { createTestDatabase, dropTestDatabase } from "@/test/postgres";
import { confirmSubscription } from "./confirm-subscription";
import { getSubscriptionByToken } from "./get-subscription";
import { hashLegacyManageTokens } from "./hash-legacy-tokens";
import { unsubscribe } from "./unsubscribe";

const postgres = process.env.TEST_DATABASE === "postgresql";
const dir = path.resolve(postgres ? "prisma/postgresql/migrations" : "prisma/migrations");
const migrations = readdirSync(dir)
  .filter((name) => /^\d+_/.test(name))
  .sort();
const LINK_SALTS = migrations.findIndex((name) => name.endsWith("_subscriber_link_salts"));
const sql = (name: string) => readFileSync(path.join(dir, name, "migration.sql"), "utf8");

// A database as the previous version left it: every migration before the link salts, one row with
// plain tokens; then upgraded as a deploy does, with the link salts and every migration after it.
async function upgradedDatabase(): Promise<{ db: Db; drop: () => Promise<void> }> {
  const insert = `INSERT INTO "Subscriber" ("id", "email", "emailNormalized", "status", "source", "manageToken", "confirmToken", "confirmExpiresAt", "updatedAt")
    VALUES ('old-active', 'old@example.test', 'old@example.test', 'active', 'signup', 'oldManageToken_active', NULL, NULL, CURRENT_TIMESTAMP),
           ('old-pending', 'pend@example.test', 'pend@example.test', 'pending', 'signup', 'oldManageToken_pending', 'oldConfirmToken', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)`;
  if (postgres) {
    const { name, url } = await createTestDatabase("legacy_links");
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    for (const m of migrations.slice(0, LINK_SALTS)) await client.query(sql(m));
    await client.query(insert.replaceAll("CURRENT_TIMESTAMP", "now() + interval '1 day'"));
    for (const m of migrations.slice(LINK_SALTS)) await client.query(sql(m));
    await client.end();
    const db = createDb(databaseTarget(url));
    return {
      db,
      drop: async () => {
        await db.$disconnect();
        await dropTestDatabase(name);
      },
    };
  }
  const file = path.resolve(`data/test/legacy-links-${Date.now()}-${process.pid}.db`);
  const raw = new Database(file);
  for (const m of migrations.slice(0, LINK_SALTS)) raw.exec(sql(m));
  raw.exec(insert.replaceAll("CURRENT_TIMESTAMP", String(Date.now() + 86_400_000)));
  for (const m of migrations.slice(LINK_SALTS)) raw.exec(sql(m));
  raw.close();
  const db = createDb(databaseTarget(`file:${file}`));
  return {
    db,
    drop: async () => {
      await db.$disconnect();
      for (const s of ["", "-wal", "-shm"]) rmSync(file + s, { force: true });
    },
  };
}

let cleanup: (() => Promise<void>) | undefined;
afterAll(async () => cleanup?.());

describe("subscriber links across the upgrade to derived tokens", () => {
  it("keeps old manage links working with only their hash stored; old confirmation links stop, the pending one gets a new nonce", async () => {
    const { db, drop } = await upgradedDatabase();
    cleanup = drop;
    const ctx = { db, actor: { type: "anonymous" as const } };
    await hashLegacyManageTokens(db);
    expect(await hashLegacyManageTokens(db)).toBe(0);

    const rows = await db.subscriber.findMany({ orderBy: { id: "asc" } });
    for (const row of rows) {
      expect(row.legacyManageToken).toBeNull();
      expect(row.legacyManageTokenHash).toMatch(/^[0-9a-f]{64}$/);
      expect(row.manageSalt.length).toBeGreaterThanOrEqual(16);
      expect(JSON.stringify(row)).not.toMatch(/oldManageToken|oldConfirmToken/);
    }
    expect(rows.find((r) => r.id === "old-pending")!.confirmNonce).toBeTruthy();
    expect(rows.find((r) => r.id === "old-active")!.confirmNonce).toBeNull();

    expect(await getSubscriptionByToken({ ctx, input: { manageToken: "oldManageToken_active" } })).toMatchObject({
      email: "old@example.test",
      status: "active",
    });
    expect(await unsubscribe({ ctx, input: { manageToken: "oldManageToken_active" } })).toEqual({
      email: "old@example.test",
      status: "unsubscribed",
    });
    await expect(confirmSubscription({ ctx, input: { token: "oldConfirmToken" } })).rejects.toThrow(/not valid/);
  });
});
