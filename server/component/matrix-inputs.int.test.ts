import { describe, expect, it } from "vitest";
import { ROLES, roleCan } from "@/server/auth/permissions";
import { ForbiddenError, UnauthorizedError } from "@/server/errors";
import { anonymousCtx, ctxAs } from "@/test/actors";
import { testDb } from "@/test/db";
import { matrixCases } from "./matrix-inputs";

// A self-check of the cases the project-wide authorization matrix uses: every role, every verb.
describe("matrixCases", () => {
  it("covers every mutating verb; allowed roles succeed, others are refused", async () => {
    const db = testDb();
    const cases = await matrixCases(db);
    expect(cases.map((c) => c.name).sort()).toEqual([
      "createComponent",
      "createGroup",
      "deleteComponent",
      "deleteGroup",
      "reorderComponents",
      "setComponentStatus",
      "updateComponent",
      "updateGroup",
    ]);
    for (const role of ROLES) {
      const ctx = await ctxAs(db, role);
      for (const c of cases) {
        if (roleCan(role, c.permission)) await expect(c.run(ctx), `${role} ${c.name}`).resolves.toBeDefined();
        else await expect(c.run(ctx), `${role} ${c.name}`).rejects.toBeInstanceOf(ForbiddenError);
      }
    }
    for (const c of cases) await expect(c.run(anonymousCtx(db)), c.name).rejects.toBeInstanceOf(UnauthorizedError);
  });
});
