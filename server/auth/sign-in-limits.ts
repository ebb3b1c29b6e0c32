import { APIError, type createAuthMiddleware } from "better-auth/api";
import { getDb } from "@/server/db";
import { KNOWN_DEVICE_COOKIE, KNOWN_DEVICE_MAX_AGE_SECONDS, knownDeviceOf, rememberDevice } from "./known-device";
import { consumeRateLimit, refundRateLimit } from "./rate-limit";
import { SIGN_IN_PER_ACCOUNT, SIGN_IN_PER_KNOWN_DEVICE } from "./rate-rules";
import { hashLinkToken } from "./tokens";

const SIGN_IN = "/sign-in/email";
const minutes = (seconds: number) => (seconds < 90 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`);

function tooMany(message: string, retryAfter: number): APIError {
  return new APIError("TOO_MANY_REQUESTS", { message }, { "Retry-After": String(retryAfter), "X-Retry-After": String(retryAfter) });
}

/** What better-auth hands a hook. */
export type AuthHookCtx = Parameters<Parameters<typeof createAuthMiddleware>[0]>[0];

/** The counter an HTTP sign-in attempt is charged to: this browser's own, or the account's shared one. */
async function attemptKey(ctx: AuthHookCtx, email: string) {
  const user = await getDb().user.findUnique({ where: { email }, select: { id: true } });
  const cookie = ctx.getCookie(ctx.context.createAuthCookie(KNOWN_DEVICE_COOKIE).name);
  const deviceId = user ? knownDeviceOf(cookie, user.id, ctx.context.secret) : null;
  return deviceId
    ? { known: true, key: `device|${hashLinkToken(deviceId)}|${SIGN_IN}` }
    : { known: false, key: `account|${hashLinkToken(email)}|${SIGN_IN}` };
}

const emailOf = (body: unknown) => {
  const email = (body as { email?: unknown } | undefined)?.email;
  return typeof email === "string" ? email.trim().toLowerCase() : "";
};

/**
 * Per-account limits on failed sign-ins (on top of better-auth's per-IP one). Browsers that never
 * signed in to the account share one budget, so guessing spread over many IPs is slow; a browser
 * holding the account's known-device cookie has a budget of its own, so an attacker exhausting the
 * shared one cannot lock the owner out, and a stolen cookie still guesses slowly. Every attempt is
 * counted before the password is checked (atomic across instances); a success is refunded after.
 */
export async function limitSignIn(ctx: AuthHookCtx): Promise<void> {
  // Only HTTP requests: server-side sign-in right after setup or an invitation is not throttled.
  if (ctx.path !== SIGN_IN || !ctx.request) return;
  const email = emailOf(ctx.body);
  if (!email) return;
  const { known, key } = await attemptKey(ctx, email);
  const decision = await consumeRateLimit(getDb(), key, known ? SIGN_IN_PER_KNOWN_DEVICE : SIGN_IN_PER_ACCOUNT);
  if (decision.allowed) return;
  const wait = minutes(decision.retryAfter);
  throw tooMany(
    known
      ? `Too many sign-in attempts for this account from this browser. Try again in ${wait}.`
      : `Too many sign-in attempts for this account from browsers that have not signed in to it before. ` +
          `Try again in ${wait}, or sign in from a browser you have used for this account before: those are not held up.`,
    decision.retryAfter,
  );
}

/** After a successful sign-in: the attempt is refunded and this browser becomes a known device of the account. */
export async function rememberSignedInDevice(ctx: AuthHookCtx): Promise<void> {
  const userId = ctx.path === SIGN_IN ? ctx.context.newSession?.user.id : undefined;
  if (!userId) return;
  if (ctx.request) await refundRateLimit(getDb(), (await attemptKey(ctx, emailOf(ctx.body))).key);
  const { name, attributes } = ctx.context.createAuthCookie(KNOWN_DEVICE_COOKIE, { maxAge: KNOWN_DEVICE_MAX_AGE_SECONDS });
  ctx.setCookie(name, rememberDevice(ctx.getCookie(name), userId, ctx.context.secret), attributes);
}
