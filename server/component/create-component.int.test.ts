import { describe, expect, it } from "vitest";
import { ForbiddenError, UnauthorizedError, ValidationError } from "@/server/errors";
import { anonymousCtx, ctxAs, uniqueName } from "@/test/actors";
import { testDb } from "@/test/db";
import { slugify } from "@/lib/domain/slug";
import { buildPublicSnapshot } from "@/server/public/build-snapshot";
import { findShownComponent } from "@/server/public/component-page";
import { createComponent } from "./create-component";
import { storeComponentSlugs } from "./slugs";
import { updateComponent } from "./update-component";

describe("createComponent", () => {
  it("creates at the end of its group and audits in the same transaction", async () => {
    const db = testDb();
    const ctx = await ctxAs(db, "admin");
    const group = await db.componentGroup.create({ data: { name: uniqueName("group") } });
    const first = await createComponent({ ctx, input: { name: uniqueName("a"), groupId: group.id } });
    const second = await createComponent({ ctx, input: { name: uniqueName("b"), groupId: group.id, description: "  " } });
    expect(second.position).toBe(first.position + 1);
    expect(second.description).toBeNull();
    const audit = await db.auditLog.findMany({ where: { entityId: second.id } });
    expect(audit).toEqual([
      expect.objectContaining({ action: "component.create", actorId: ctx.actor.type === "user" ? ctx.actor.id : "" }),
    ]);
  });

  it("fixes its page address when it is made: a rename keeps it, a new namesake gets the next one", async () => {
    const db = testDb();
    const ctx = await ctxAs(db, "admin");
    const name = uniqueName("Payments API");
    const made = await createComponent({ ctx, input: { name } });
    expect(made.slug).toBe(slugify(name));
    await updateComponent({ ctx, input: { componentId: made.id, name: uniqueName("Billing") } });
    expect((await db.component.findUniqueOrThrow({ where: { id: made.id } })).slug).toBe(slugify(name));
    const namesake = await createComponent({ ctx, input: { name } });
    expect(namesake.slug).toBe(`${slugify(name)}-2`);

    // The page answers at the first address, and the namesake at its own.
    const snapshot = await buildPublicSnapshot(db);
    expect(findShownComponent(snapshot, slugify(name))?.component.id).toBe(made.id);
    expect(findShownComponent(snapshot, `${slugify(name)}-2`)?.component.id).toBe(namesake.id);
  });

  it("gives components from before stored slugs the address their page has, once", async () => {
    const db = testDb();
    const old = await db.component.create({ data: { name: uniqueName("Legacy Search") } });
    const before = findShownComponent(await buildPublicSnapshot(db), old.id)?.component.slug;
    expect(await storeComponentSlugs(db)).toBeGreaterThanOrEqual(1);
    expect((await db.component.findUniqueOrThrow({ where: { id: old.id } })).slug).toBe(before);
    expect(await storeComponentSlugs(db)).toBe(0);
  });

  it("names the field on bad input and stores nothing", async () => {
    const db = testDb();
    const ctx = await ctxAs(db, "owner");
    const error = await createComponent({ ctx, input: { name: "   " } }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.fieldErrors).toEqual({ name: ["Name is required"] });
    const name = uniqueName("x");
    const missingGroup = await createComponent({ ctx, input: { name, groupId: "nope" } }).catch((e) => e);
    expect(missingGroup.fieldErrors).toEqual({ groupId: ["This group does not exist"] });
    expect(await db.component.findFirst({ where: { name } })).toBeNull();
    // Text that cannot be stored faithfully: a lone surrogate became invalid UTF-8, NUL breaks PostgreSQL.
    for (const bad of [`${name} \ud800`, `${name}\u0000`]) {
      const refused = await createComponent({ ctx, input: { name: bad } }).catch((e) => e);
      expect(refused).toBeInstanceOf(ValidationError);
      expect(Object.keys(refused.fieldErrors)).toEqual(["name"]);
    }
    expect(await db.component.count({ where: { name: { startsWith: name } } })).toBe(0);
  });

  it("refuses editors, viewers and anonymous callers before touching anything", async () => {
    const db = testDb();
    for (const role of ["editor", "viewer"] as const) {
      await expect(createComponent({ ctx: await ctxAs(db, role), input: { name: "x" } })).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(createComponent({ ctx: anonymousCtx(db), input: { name: "" } })).rejects.toBeInstanceOf(UnauthorizedError);
  });
});
