import { isAPIError } from "better-auth/api";
import { recordAudit } from "@/server/audit/record-audit";
import { authorize, inTransaction, type Ctx } from "@/server/context";
import { parseInput, UnauthorizedError, ValidationError } from "@/server/errors";
import { getAuth } from "./auth";
import { assertStrongPassword } from "./password-strength";
import { consumeRateLimit } from "./rate-limit";
import { ChangePasswordInput } from "./schemas";

const ATTEMPTS = { windowSeconds: 300, max: 5 };

/**
 * Changes the signed-in user's password through better-auth (current password checked, other
 * sessions revoked, this one renewed). better-auth writes the password itself, so the audit row
 * follows in its own transaction rather than the same one.
 */
export async function changePassword({ ctx, input, headers }: { ctx: Ctx; input: ChangePasswordInput; headers: Headers }) {
  authorize(ctx, "admin:read");
  if (ctx.actor.type !== "user") throw new UnauthorizedError();
  const actor = ctx.actor;
  const data = parseInput(ChangePasswordInput, input);
  const limit = await consumeRateLimit(ctx.db, `user|${actor.id}|change-password`, ATTEMPTS);
  if (!limit.allowed) throw ValidationError.field("currentPassword", `Too many attempts. Try again in ${limit.retryAfter} seconds.`);
  await assertStrongPassword(data.password, [actor.email, actor.name]);
  try {
    await getAuth().api.changePassword({
      body: { currentPassword: data.currentPassword, newPassword: data.password, revokeOtherSessions: true },
      headers,
    });
  } catch (error) {
    if (isAPIError(error) && error.body?.code === "INVALID_PASSWORD")
      throw ValidationError.field("currentPassword", "Current password is incorrect");
    if (isAPIError(error) && error.status === "UNAUTHORIZED") throw new UnauthorizedError();
    throw error;
  }
  await inTransaction(ctx, (tx) =>
    recordAudit(tx, ctx, { action: "user.change-password", entityType: "user", entityId: actor.id, after: { otherSessionsRevoked: true } }),
  );
}
