import { describe, expect, it } from "vitest";
import type { Role } from "@/server/auth/permissions";
import { uniqueEmail } from "@/test/fixtures/auth";
import type { Ctx } from "@/server/context";
import { ForbiddenError, UnauthorizedError } from "@/server/errors";
import { anonymousCtx, ctxAs } from "@/test/actors";
import { testDb } from "@/test/db";
import { changeRole } from "./change-role";
import { disableUser } from "./disable-user";
import { enableUser } from "./enable-user";
import { inviteUser } from "./invite-user";
import { revokeInvite } from "./revoke-invite";

// Every mutating team verb × every kind of caller. Inputs are deliberately invalid: a refused caller
// must be refused before the input is even looked at, an allowed one gets past authorization.
const VERBS: Record<string, (ctx: Ctx) => Promise<unknown>> = {
  inviteUser: (ctx) => inviteUser({ ctx, input: { email: "", role: "viewer" } }),
  changeRole: (ctx) => changeRole({ ctx, input: { userId: "", role: "viewer" } }),
  disableUser: (ctx) => disableUser({ ctx, input: { userId: "" } }),
  enableUser: (ctx) => enableUser({ ctx, input: { userId: "" } }),
  revokeInvite: (ctx) => revokeInvite({ ctx, input: { invitationId: "" } }),
};

const CALLERS: Array<{ who: "anonymous" | Role; expected: "unauthorized" | "forbidden" | "allowed" }> = [
  { who: "anonymous", expected: "unauthorized" },
  { who: "viewer", expected: "forbidden" },
  { who: "editor", expected: "forbidden" },
  { who: "admin", expected: "allowed" },
  { who: "owner", expected: "allowed" },
];

describe("team authorization matrix", () => {
  for (const [verb, run] of Object.entries(VERBS)) {
    for (const { who, expected } of CALLERS) {
      it(`${verb} as ${who}: ${expected}`, async () => {
        const db = testDb();
        const ctx = who === "anonymous" ? anonymousCtx(db) : await ctxAs(db, who);
        const error = await run(ctx).then(
          () => null,
          (e: unknown) => e,
        );
        if (expected === "unauthorized") expect(error).toBeInstanceOf(UnauthorizedError);
        else if (expected === "forbidden") expect(error).toBeInstanceOf(ForbiddenError);
        else expect(error).not.toBeInstanceOf(ForbiddenError);
      });
    }
  }

  it("a refused caller leaves no trace", async () => {
    const db = testDb();
    const email = uniqueEmail("refused");
    await expect(inviteUser({ ctx: await ctxAs(db, "editor"), input: { email, role: "viewer" } })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.invitation.count({ where: { email } })).toBe(0);
  });
});
