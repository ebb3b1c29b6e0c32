import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Ctx } from "@/server/context";
import { ConflictError } from "@/server/errors";
import { freshDatabase, type FreshDatabase } from "@/test/fresh-db";
import { ctxAs } from "@/test/actors";
import { changeRole } from "./change-role";
import { disableUser } from "./disable-user";

// "The last owner" is a whole-database fact: this file gets a database of its own.
let fresh: FreshDatabase;
beforeAll(async () => {
  fresh = await freshDatabase("last_owner");
});
afterAll(async () => fresh?.drop());

const idOf = (ctx: Ctx) => (ctx.actor.type === "user" ? ctx.actor.id : "");

describe("the last owner (runs in order)", () => {
  let first: Ctx;
  let second: Ctx;

  it("cannot be demoted, even by themselves", async () => {
    first = await ctxAs(fresh.db, "owner");
    const error = await changeRole({ ctx: first, input: { userId: idOf(first), role: "admin" } }).catch((e) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.message).toBe("The last owner cannot be demoted. Make someone else an owner first.");
    expect((await fresh.db.user.findUniqueOrThrow({ where: { id: idOf(first) } })).role).toBe("owner");
  });

  it("can step down once another owner exists", async () => {
    second = await ctxAs(fresh.db, "owner");
    await changeRole({ ctx: first, input: { userId: idOf(first), role: "admin" } });
    const error = await changeRole({ ctx: second, input: { userId: idOf(second), role: "viewer" } }).catch((e) => e);
    expect(error).toBeInstanceOf(ConflictError);
  });

  it("cannot be disabled, and a disabled owner does not count", async () => {
    const third = await ctxAs(fresh.db, "owner");
    await disableUser({ ctx: second, input: { userId: idOf(third) } });
    const error = await disableUser({ ctx: third, input: { userId: idOf(second) } }).catch((e) => e);
    expect(error).toBeInstanceOf(ConflictError);
    await expect(changeRole({ ctx: second, input: { userId: idOf(second), role: "admin" } })).rejects.toThrow(/last owner/);
  });

  it("holds when two owners demote each other at the same time", async () => {
    const a = await ctxAs(fresh.db, "owner");
    const b = await ctxAs(fresh.db, "owner");
    await changeRole({ ctx: second, input: { userId: idOf(second), role: "admin" } });
    const results = await Promise.allSettled([
      changeRole({ ctx: a, input: { userId: idOf(b), role: "admin" } }),
      changeRole({ ctx: b, input: { userId: idOf(a), role: "admin" } }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await fresh.db.user.count({ where: { role: "owner", disabledAt: null } })).toBe(1);
  });
});
