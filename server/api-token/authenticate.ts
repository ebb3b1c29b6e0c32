import type { Role } from "@/server/auth/permissions";
import { consumeRateLimit } from "@/server/auth/rate-limit";
import type { Actor } from "@/server/context";
import type { Db } from "@/server/db";
import { TooManyRequestsError, UnauthorizedError } from "@/server/errors";
import { bearerSecret, hashTokenSecret } from "./secret";

// Per token: generous for automation, a stop for runaway loops; counted in the database (all instances).
export const API_RATE = { windowSeconds: 60, max: 300 };
// lastUsedAt is for humans: writing it once a minute is plenty and spares the database.
const TOUCH_MS = 60_000;

/**
 * The actor of a management API request: its bearer token, acting with its creator's current role
 * (write scope) or as a viewer (read scope). Missing, unknown, revoked or expired tokens, and
 * tokens of disabled or removed users, are refused alike.
 */
export async function authenticateToken(db: Db, authorization: string | null, now = new Date()): Promise<Actor & { type: "token" }> {
  const secret = bearerSecret(authorization);
  if (!secret) throw new UnauthorizedError("Send an API token: Authorization: Bearer <token>");
  const token = await db.apiToken.findUnique({
    where: { tokenHash: hashTokenSecret(secret) },
    include: { user: { select: { role: true, disabledAt: true } } },
  });
  const dead =
    !token || token.revokedAt || (token.expiresAt && token.expiresAt <= now) || (token.userId && (!token.user || token.user.disabledAt));
  if (!token || dead) throw new UnauthorizedError("This API token is invalid, expired or revoked");
  const limit = await consumeRateLimit(db, `api-token|${token.id}`, API_RATE, now.getTime());
  if (!limit.allowed)
    throw new TooManyRequestsError(
      `Rate limit: ${API_RATE.max} requests a minute per token. Try again in ${limit.retryAfter} seconds.`,
      limit.retryAfter,
    );
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > TOUCH_MS) {
    await db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: now } });
  }
  const write = token.scopes.split(",").includes("write");
  const role: Role = write ? ((token.user?.role as Role | undefined) ?? "admin") : "viewer";
  return { type: "token", id: token.id, name: token.name, role };
}
