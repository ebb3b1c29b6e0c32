import { describe, expect, it } from "vitest";
import { ForbiddenError, UnauthorizedError } from "@/server/errors";
import { ROLES, roleCan } from "@/server/auth/permissions";
import { anonymousCtx, ctxAs } from "@/test/actors";
import { testDb } from "@/test/db";
import { matrixCases } from "./matrix-inputs";

const db = testDb();

// A self-check of the cases the project-wide authorization matrix uses: every role, every verb.
describe("matrixCases", () => {
  it("covers every mutating verb; allowed roles succeed, others are refused", async () => {
    const cases = await matrixCases(db);
    expect(cases.map((c) => c.name).sort()).toEqual(
      [
        "addIncidentUpdate",
        "addWindow",
        "closeWindow",
        "createIncident",
        "deleteIncident",
        "deleteWindow",
        "editIncidentUpdate",
        "publishIncident",
        "publishPostmortem",
        "resolveIncident",
        "savePostmortem",
        "unpublishPostmortem",
        "updateIncident",
        "updateWindow",
      ].sort(),
    );
    for (const role of ROLES) {
      const ctx = await ctxAs(db, role);
      for (const c of cases) {
        if (roleCan(role, c.permission)) await expect(c.run(ctx), `${role} ${c.name}`).resolves.toBeDefined();
        else await expect(c.run(ctx), `${role} ${c.name}`).rejects.toBeInstanceOf(ForbiddenError);
      }
    }
    for (const c of cases) await expect(c.run(anonymousCtx(db))).rejects.toBeInstanceOf(UnauthorizedError);
  });
});
