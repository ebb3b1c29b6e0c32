import { APIError, createAuthMiddleware } from "better-auth/api";
import { passwordWeakness } from "./password-strength";
import { limitSignIn, rememberSignedInDevice, type AuthHookCtx } from "./sign-in-limits";

// better-auth's /change-password is reachable over HTTP too: it refuses what the console's verb refuses.
async function refuseWeakNewPassword(ctx: AuthHookCtx): Promise<void> {
  if (ctx.path !== "/change-password" || !ctx.request) return;
  const password = (ctx.body as { newPassword?: unknown } | undefined)?.newPassword;
  const weakness = typeof password === "string" ? await passwordWeakness(password) : null;
  if (weakness) throw new APIError("BAD_REQUEST", { message: weakness, code: "PASSWORD_TOO_WEAK" });
}

/** better-auth's before hook: our checks on the endpoints that need them. */
export const beforeAuth = createAuthMiddleware(async (ctx) => {
  await limitSignIn(ctx);
  await refuseWeakNewPassword(ctx);
});

export const afterAuth = createAuthMiddleware(rememberSignedInDevice);
