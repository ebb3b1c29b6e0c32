import { betterAuth, type BetterAuthOptions } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { CLIENT_ADDRESS_HEADER } from "@/lib/client-address";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { getDb } from "@/server/db";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/domain/password-rules";
import { RATE_RULES } from "./rate-rules";
import { resolveAuthSecret } from "./secret";
import { hashedSessionTokens } from "./hashed-session-adapter";
import { afterAuth, beforeAuth } from "./hooks";

const DISABLED_PATHS = [
  "/sign-up/email",
  "/update-user",
  "/delete-user",
  "/change-email",
  "/sign-in/social",
  "/link-social",
  "/unlink-account",
  "/request-password-reset",
  "/reset-password",
  "/verify-email",
  "/send-verification-email",
  // Listed sessions carry only their stored hash, which these cannot match: revoking "other"
  // sessions would answer success and end none. Sign-out and the owner's disable cover the console.
  "/list-sessions",
  "/revoke-session",
  "/revoke-other-sessions",
];

function trustedOrigins(): string[] {
  const origins = new Set([new URL(env.baseUrl).origin]);
  // Without PUBLIC_URL the app answers on both loopback names.
  if (!env.PUBLIC_URL) for (const host of ["localhost", "127.0.0.1"]) origins.add(`http://${host}:${env.PORT}`);
  return [...origins];
}

function createAuth() {
  return betterAuth({
    appName: "Status",
    baseURL: env.baseUrl,
    basePath: "/api/auth",
    secret: resolveAuthSecret(),
    trustedOrigins: trustedOrigins(),
    // Only a hash of each session token is stored (server/auth/hashed-session-adapter.ts).
    database: hashedSessionTokens(prismaAdapter(getDb(), { provider: env.database.provider })),
    telemetry: { enabled: false },
    // Users come from the first-run setup and from invitations, never from public sign-up.
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      autoSignIn: false,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
    },
    user: {
      additionalFields: {
        // input: false — nobody sets these through better-auth's own endpoints (update-user included).
        role: { type: "string", required: false, defaultValue: "viewer", input: false },
        disabledAt: { type: "date", required: false, input: false },
      },
    },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    // Over HTTP only what the console uses (sign-in, sign-out, session, password change): 404 for the rest.
    disabledPaths: DISABLED_PATHS,
    rateLimit: { enabled: true, storage: "database", modelName: "rateLimit", window: 10, max: 100, customRules: RATE_RULES },
    // Origin and CSRF checks on, also under test (better-auth skips them when NODE_ENV=test).
    // The client's address comes from the front server alone (TRUSTED_PROXIES decides whom to believe).
    advanced: {
      cookiePrefix: "statuspage",
      disableOriginCheck: false,
      disableCSRFCheck: false,
      ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
    },
    hooks: { before: beforeAuth, after: afterAuth },
    databaseHooks: {
      session: {
        create: {
          before: async (session) => {
            const user = await getDb().user.findUnique({ where: { id: session.userId }, select: { disabledAt: true } });
            if (user?.disabledAt)
              throw new APIError("FORBIDDEN", { message: "This account is disabled. Ask an owner or admin to enable it." });
          },
        },
      },
    },
    logger: {
      log: (level, message, ...args) => logger[level]({ source: "better-auth", args: args.length ? args : undefined }, message),
    },
    // Last: lets auth.api calls in server actions set cookies through next/headers.
    plugins: [nextCookies()],
  } satisfies BetterAuthOptions);
}

export type Auth = ReturnType<typeof createAuth>;

const cache = globalThis as unknown as { __statuspageAuth?: Auth };

/** The process-wide better-auth instance, built on first use (not at import, so builds touch no secret). */
export function getAuth(): Auth {
  cache.__statuspageAuth ??= createAuth();
  return cache.__statuspageAuth;
}

/** better-auth's own password hash (scrypt), for accounts created outside its sign-up flow. */
export async function hashPassword(password: string): Promise<string> {
  const context = await getAuth().$context;
  return context.password.hash(password);
}
