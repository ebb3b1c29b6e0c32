import { describe, expect, it } from "vitest";
import { ConflictError, ForbiddenError, NotFoundError, UnauthorizedError, ValidationError } from "@/server/errors";
import { anonymousCtx, ctxAs } from "@/test/actors";
import { testDb } from "@/test/db";
import { deleteComponent } from "./delete-component";
import { auditOf, makeComponent, parsed, readRevision, tag } from "@/test/fixtures/component";

describe("deleteComponent", () => {
  it("deletes an unreferenced component, keeping its last state in the audit log", async () => {
    const db = testDb();
    const ctx = await ctxAs(db, "admin");
    const component = await makeComponent(db);
    const revision = await readRevision(db);
    expect(await deleteComponent({ ctx, input: { componentId: component.id } })).toEqual({ id: component.id });
    expect(await db.component.findUnique({ where: { id: component.id } })).toBeNull();
    expect(await readRevision(db)).toBeGreaterThan(revision);
    const [audit] = await auditOf(db, component.id);
    expect(audit).toMatchObject({ action: "component.delete", after: null });
    expect(parsed(audit!.before)).toMatchObject({ id: component.id, name: component.name });
  });

  it("refuses while incidents, windows or maintenance refer to it, and suggests hiding", async () => {
    const db = testDb();
    const ctx = await ctxAs(db, "owner");
    const component = await makeComponent(db);
    const t = tag();
    await db.incident.create({
      data: {
        slug: `ref-${t}`,
        title: "ref",
        startedAt: new Date(),
        components: { create: { componentId: component.id } },
        windows: { create: { componentId: component.id, severity: "major", startedAt: new Date() } },
      },
    });
    await db.maintenance.create({
      data: {
        slug: `ref-${t}`,
        title: "ref",
        scheduledStart: new Date(),
        scheduledEnd: new Date(Date.now() + 60_000),
        components: { create: { componentId: component.id } },
      },
    });
    const error = await deleteComponent({ ctx, input: { componentId: component.id } }).catch((e) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.message).toContain("1 incident, 1 degradation window and 1 maintenance");
    expect(error.message).toMatch(/Hide it/);
    expect(await db.component.findUnique({ where: { id: component.id } })).not.toBeNull();
    expect(await auditOf(db, component.id)).toEqual([]);
  });

  it("names the field on bad input and reports unknown components", async () => {
    const db = testDb();
    const ctx = await ctxAs(db, "admin");
    const error = await deleteComponent({ ctx, input: { componentId: "" } }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(Object.keys(error.fieldErrors)).toEqual(["componentId"]);
    await expect(deleteComponent({ ctx, input: { componentId: "missing" } })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("refuses editors, viewers and anonymous callers before touching anything", async () => {
    const db = testDb();
    const component = await makeComponent(db);
    for (const role of ["editor", "viewer"] as const) {
      await expect(deleteComponent({ ctx: await ctxAs(db, role), input: { componentId: component.id } })).rejects.toBeInstanceOf(
        ForbiddenError,
      );
    }
    await expect(deleteComponent({ ctx: anonymousCtx(db), input: { componentId: component.id } })).rejects.toBeInstanceOf(
      UnauthorizedError,
    );
    expect(await db.component.findUnique({ where: { id: component.id } })).not.toBeNull();
  });
});
