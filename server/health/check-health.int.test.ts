import { describe, expect, it } from "vitest";
import { inject } from "vitest";
import { databaseTarget } from "@/lib/database-url";
import { createDb } from "@/server/db";
import { testDb } from "@/test/db";
import { checkHealth } from "./check-health";

describe("checkHealth", () => {
  it("is ok on a migrated database", async () => {
    const { health } = await checkHealth(testDb(), databaseTarget(inject("databaseUrl")));
    expect(health.status).toBe("ok");
    expect(health.database.reachable).toBe(true);
    expect(health.migrations?.pending).toEqual([]);
    expect(health.migrations?.applied).toBeGreaterThan(0);
  });

  it("is down, with the cause kept for the log only, when the database cannot be reached", async () => {
    const target = databaseTarget(
      inject("databaseUrl").startsWith("file:") ? "file:/nonexistent-dir/x.db" : "postgresql://root@127.0.0.1:1/nope",
    );
    const db = createDb(target);
    const { health, cause } = await checkHealth(db, target);
    expect(health).toMatchObject({ status: "down", database: { reachable: false, error: "database unreachable" } });
    expect(JSON.stringify(health)).not.toMatch(/nonexistent|127\.0\.0\.1/);
    expect(cause).toBeDefined();
  });
});
