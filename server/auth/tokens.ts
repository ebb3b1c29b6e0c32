import { createHash, randomBytes } from "node:crypto";

/** A fresh secret for a link (setup, invitation): 32 random bytes, base64url. Only its hash is stored. */
export function newLinkToken(): string {
  return randomBytes(32).toString("base64url");
}

/** sha-256 hex of a link token: what the database keeps and looks up by. */
export function hashLinkToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
