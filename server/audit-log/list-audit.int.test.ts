import { describe, expect, it } from "vitest";
import { tag } from "@/test/fixtures/component";
import { UnauthorizedError, ValidationError } from "@/server/errors";
import { anonymousCtx, ctxAs } from "@/test/actors";
import { testDb } from "@/test/db";
import { listAudit } from "./list-audit";

const base = new Date("2021-03-30T12:00:00.000Z");
const at = (minutes: number) => new Date(base.getTime() + minutes * 60_000);

/** Five rows of one unique entity type; two share a timestamp to exercise the id tie-break. */
async function seedRows() {
  const db = testDb();
  const entityType = `test_${tag()}`;
  const rows = [
    {
      action: "thing.create",
      entityId: "a",
      actorId: "u1",
      actorLabel: "alice@acme.example",
      createdAt: at(0),
      after: JSON.stringify({ name: "A" }),
    },
    {
      action: "thing.update",
      entityId: "a",
      actorId: "u2",
      actorLabel: "bob@acme.example",
      createdAt: at(10),
      before: JSON.stringify({ name: "A" }),
      after: JSON.stringify({ name: "B" }),
    },
    { action: "thing.update", entityId: "b", actorId: "u1", actorLabel: "alice@acme.example", createdAt: at(10), before: "not json" },
    { action: "other.delete", entityId: "b", actorId: null, actorLabel: "system:worker", createdAt: at(60 * 24) },
    { action: "thing.update", entityId: "c", actorId: "u2", actorLabel: "bob@acme.example", createdAt: at(60 * 48) },
  ];
  for (const row of rows) await db.auditLog.create({ data: { ...row, entityType, actorType: row.actorId ? "user" : "system" } });
  return { entityType };
}

describe("listAudit", () => {
  it("pages newest first by (createdAt, id) with parsed before/after", async () => {
    const db = testDb();
    const ctx = await ctxAs(db, "viewer");
    const { entityType } = await seedRows();
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await listAudit({ ctx, input: { entityType, limit: 2, cursor } });
      seen.push(...page.entries.map((e) => `${e.entityId}:${e.action}`));
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(5);
    expect(seen[0]).toBe("c:thing.update");
    expect(seen.at(-1)).toBe("a:thing.create");
    expect(new Set(seen).size).toBe(5);

    const all = await listAudit({ ctx, input: { entityType } });
    expect(all.nextCursor).toBeNull();
    const update = all.entries.find((e) => e.entityId === "a" && e.action === "thing.update");
    expect(update).toMatchObject({ before: { name: "A" }, after: { name: "B" }, actorLabel: "bob@acme.example" });
    expect(all.entries.find((e) => e.entityId === "b" && e.action === "thing.update")).toMatchObject({ before: "not json", after: null });
  });

  it("filters by entity, actor, action prefix and date range", async () => {
    const db = testDb();
    const ctx = await ctxAs(db, "admin");
    const { entityType } = await seedRows();
    const ids = async (input: Record<string, unknown>) =>
      (await listAudit({ ctx, input: { entityType, ...input } })).entries.map((e) => `${e.entityId}:${e.action}`).sort();
    expect(await ids({ entityId: "b" })).toEqual(["b:other.delete", "b:thing.update"]);
    expect(await ids({ actor: "u1" })).toEqual(["a:thing.create", "b:thing.update"]);
    expect(await ids({ actor: "bob@" })).toEqual(["a:thing.update", "c:thing.update"]);
    expect(await ids({ actionPrefix: "other." })).toEqual(["b:other.delete"]);
    // Date-only bounds are whole UTC days: 30 March only.
    expect(await ids({ from: "2021-03-30", to: "2021-03-30" })).toEqual(["a:thing.create", "a:thing.update", "b:thing.update"]);
    expect(await ids({ from: at(10).toISOString(), to: at(60 * 24 + 1).toISOString() })).toEqual([
      "a:thing.update",
      "b:other.delete",
      "b:thing.update",
    ]);
  });

  it("names bad filters", async () => {
    const db = testDb();
    const ctx = await ctxAs(db, "admin");
    const range = await listAudit({ ctx, input: { from: "2021-04-02", to: "2021-04-01" } }).catch((e) => e);
    expect(range).toBeInstanceOf(ValidationError);
    expect(range.fieldErrors).toEqual({ to: ["To must be after From"] });
    expect(Object.keys((await listAudit({ ctx, input: { from: "yesterday" } }).catch((e) => e)).fieldErrors)).toEqual(["from"]);
    expect((await listAudit({ ctx, input: { cursor: "garbage" } }).catch((e) => e)).fieldErrors).toHaveProperty("cursor");
  });

  it("is not readable anonymously", async () => {
    await expect(listAudit({ ctx: anonymousCtx(testDb()), input: {} })).rejects.toBeInstanceOf(UnauthorizedError);
  });
});
