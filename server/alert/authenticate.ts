import { bearerSecret, hashTokenSecret } from "@/server/api-token/secret";
import { consumeRateLimit } from "@/server/auth/rate-limit";
import type { Actor } from "@/server/context";
import type { Db } from "@/server/db";
import { TooManyRequestsError, UnauthorizedError } from "@/server/errors";
import type { AlertSource } from "./payloads";

// Alertmanager resends every group_interval and on every change: generous, but a stop for a loop.
export const ALERT_RATE = { windowSeconds: 60, max: 600 };
const TOUCH_MS = 60_000;

export type IntegrationActor = Actor & { type: "integration"; source: AlertSource };

/**
 * The integration a request comes from: its bearer token, unrevoked, posting to its own source's
 * endpoint. It acts as an editor (components and incidents), audited under its own name.
 */
export async function authenticateIntegration(
  db: Db,
  authorization: string | null,
  source: AlertSource,
  now = new Date(),
): Promise<IntegrationActor> {
  const secret = bearerSecret(authorization);
  if (!secret) throw new UnauthorizedError("Send the integration's token: Authorization: Bearer <token>");
  const row = await db.alertIntegration.findUnique({ where: { tokenHash: hashTokenSecret(secret) } });
  if (!row || row.revokedAt) throw new UnauthorizedError("This integration token is invalid or revoked");
  if (row.source !== source)
    throw new UnauthorizedError(`This token belongs to a ${row.source} integration: post to /api/alerts/v1/${row.source}`);
  const limit = await consumeRateLimit(db, `alert-integration|${row.id}`, ALERT_RATE, now.getTime());
  if (!limit.allowed) throw new TooManyRequestsError(`Rate limit: ${ALERT_RATE.max} requests a minute per integration`, limit.retryAfter);
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > TOUCH_MS) {
    await db.alertIntegration.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  return { type: "integration", id: row.id, name: row.name, role: "editor", source };
}
