// Inputs for the central authorization matrix (server/authorization-matrix.int.test.ts): every run of
// an allowed role gets rows of its own (a fresh member, a fresh invitation), so each one succeeds.
import { pool, type MatrixCase } from "@/server/component/matrix-inputs";
import type { Db } from "@/server/db";
import { uniqueEmail } from "@/server/auth/test-fixtures";
import { changeRole } from "./change-role";
import { disableUser } from "./disable-user";
import { enableUser } from "./enable-user";
import { inviteUser } from "./invite-user";
import { revokeInvite } from "./revoke-invite";

const member = (db: Db, data: { disabledAt?: Date } = {}) =>
  db.user.create({ data: { name: "Matrix member", email: uniqueEmail("matrix"), role: "viewer", ...data } });

export async function matrixCases(db: Db): Promise<MatrixCase[]> {
  const promotable = await pool(() => member(db));
  const disableable = await pool(() => member(db));
  const enableable = await pool(() => member(db, { disabledAt: new Date() }));
  const revocable = await pool(() =>
    db.invitation.create({
      data: {
        email: uniqueEmail("matrix-invite"),
        role: "viewer",
        tokenHash: uniqueEmail("hash"),
        expiresAt: new Date(Date.now() + 86_400_000),
      },
    }),
  );
  return [
    {
      name: "inviteUser",
      permission: "team:write",
      run: (ctx) => inviteUser({ ctx, input: { email: uniqueEmail("matrix-invitee"), role: "viewer" } }),
    },
    { name: "changeRole", permission: "team:write", run: (ctx) => changeRole({ ctx, input: { userId: promotable().id, role: "editor" } }) },
    { name: "disableUser", permission: "team:write", run: (ctx) => disableUser({ ctx, input: { userId: disableable().id } }) },
    { name: "enableUser", permission: "team:write", run: (ctx) => enableUser({ ctx, input: { userId: enableable().id } }) },
    { name: "revokeInvite", permission: "team:write", run: (ctx) => revokeInvite({ ctx, input: { invitationId: revocable().id } }) },
  ];
}
