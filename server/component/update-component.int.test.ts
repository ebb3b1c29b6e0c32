import { describe, expect, it } from "vitest";
import { ForbiddenError, UnauthorizedError, ValidationError } from "@/server/errors";
import { anonymousCtx, ctxAs } from "@/test/actors";
import { testDb } from "@/test/db";
import { auditOf, makeComponent, makeGroup, parsed, readRevision } from "@/test/fixtures/component";
import { updateComponent } from "./update-component";

describe("updateComponent", () => {
  it("edits the given fields, audits before/after and bumps the public revision", async () => {
    const db = testDb();
    const ctx = await ctxAs(db, "admin");
    const component = await makeComponent(db, { name: "api before" });
    const revision = await readRevision(db);
    const updated = await updateComponent({
      ctx,
      input: {
        componentId: component.id,
        name: " API ",
        description: "Public REST API",
        showcase: false,
        onlyShowIfDegraded: true,
        startDate: "2021-01-01T00:00:00Z",
      },
    });
    expect(updated).toMatchObject({
      name: "API",
      description: "Public REST API",
      showcase: false,
      onlyShowIfDegraded: true,
      startDate: new Date("2021-01-01T00:00:00Z"),
    });
    expect(await readRevision(db)).toBeGreaterThan(revision);
    const [audit] = await auditOf(db, component.id);
    expect(audit).toMatchObject({ action: "component.update", entityType: "component" });
    expect(parsed(audit!.before)).toMatchObject({ name: "api before", showcase: true });
    expect(parsed(audit!.after)).toMatchObject({ name: "API", showcase: false });
  });

  it("keeps keys left out, clears with null and moves to the end of another group", async () => {
    const db = testDb();
    const ctx = await ctxAs(db, "owner");
    const group = await makeGroup(db);
    const member = await makeComponent(db, { groupId: group.id, position: 4 });
    const component = await makeComponent(db);
    await updateComponent({ ctx, input: { componentId: component.id, description: "temporary" } });
    const moved = await updateComponent({ ctx, input: { componentId: component.id, groupId: group.id, description: null } });
    expect(moved).toMatchObject({ name: component.name, description: null, groupId: group.id, position: member.position + 1 });
    const back = await updateComponent({ ctx, input: { componentId: component.id, groupId: "" } });
    expect(back.groupId).toBeNull();
  });

  it("names the field on bad input and stores nothing", async () => {
    const db = testDb();
    const ctx = await ctxAs(db, "admin");
    const component = await makeComponent(db);
    const blank = await updateComponent({ ctx, input: { componentId: component.id, name: "  " } }).catch((e) => e);
    expect(blank).toBeInstanceOf(ValidationError);
    expect(blank.fieldErrors).toEqual({ name: ["Name is required"] });
    const badDate = await updateComponent({ ctx, input: { componentId: component.id, startDate: "not a date" } }).catch((e) => e);
    expect(Object.keys(badDate.fieldErrors)).toEqual(["startDate"]);
    const missingGroup = await updateComponent({ ctx, input: { componentId: component.id, name: "renamed", groupId: "nope" } }).catch(
      (e) => e,
    );
    expect(missingGroup.fieldErrors).toEqual({ groupId: ["This group does not exist"] });
    expect(await db.component.findUnique({ where: { id: component.id } })).toEqual(component);
    expect(await auditOf(db, component.id)).toEqual([]);
  });

  it("refuses editors, viewers and anonymous callers before touching anything", async () => {
    const db = testDb();
    const component = await makeComponent(db);
    for (const role of ["editor", "viewer"] as const) {
      await expect(updateComponent({ ctx: await ctxAs(db, role), input: { componentId: component.id, name: "x" } })).rejects.toBeInstanceOf(
        ForbiddenError,
      );
    }
    await expect(updateComponent({ ctx: anonymousCtx(db), input: { componentId: component.id, name: "x" } })).rejects.toBeInstanceOf(
      UnauthorizedError,
    );
    expect(await db.component.findUnique({ where: { id: component.id } })).toEqual(component);
  });
});
