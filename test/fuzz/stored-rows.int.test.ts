import { afterAll, beforeAll, expect, test } from "vitest";
import { freshDatabase, type FreshDatabase } from "@/test/fresh-db";
import { invalidRows } from "./stored-rows";

// The fuzz test's database check finds what it is meant to: rows written past the verbs.
let database: FreshDatabase;

beforeAll(async () => {
  database = await freshDatabase("stored_rows");
}, 120_000);

afterAll(async () => {
  await database?.drop();
});

test("a clean database has nothing to report; planted bad rows are each named", async () => {
  const { db, provider, url } = database;
  expect(await invalidRows(provider, url)).toEqual([]);

  await db.component.create({ data: { name: "bell\u0007", status: "operational" } });
  // Text that looks like JSON is text; a column that keeps JSON is read as JSON.
  await db.componentGroup.create({ data: { name: "ok", description: '{"x":"\\ud800"}' } });
  await db.auditLog.create({
    data: { actorType: "system", actorLabel: "test", action: "x", entityType: "component", entityId: "c1", after: '{"name":"\\ud800"}' },
  });
  await db.component.create({ data: { name: "odd", status: "sideways" } });
  const incident = await db.incident.create({ data: { slug: `planted-${Date.now()}`, title: "No first update", startedAt: new Date() } });
  if (provider === "sqlite") {
    // Bytes that are not UTF-8 (a UTF-16 surrogate encoded as if it were a character), as a lone surrogate was once stored.
    await db.$executeRawUnsafe(`UPDATE "Component" SET "description" = CAST(X'61EDA080' AS TEXT) WHERE "name" = 'odd'`);
  }

  const found = await invalidRows(provider, url);
  expect(found.filter((f) => f.startsWith("ComponentGroup"))).toEqual([]);
  expect(found).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^Component\.name .* control character \(U\+0007\)/),
      expect.stringMatching(/^AuditLog\.after .* holds JSON whose name contains an invalid character/),
      expect.stringMatching(/^component with an unknown status: /),
      `incident without its first update: ${incident.id}`,
      ...(provider === "sqlite" ? [expect.stringMatching(/^Component\.description .* is not valid UTF-8/)] : []),
    ]),
  );
});
