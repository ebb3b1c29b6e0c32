import { createHash, randomBytes } from "node:crypto";

// "spk_" marks our tokens (secret scanners can match it); 32 random bytes behind it.
const PREFIX = "spk_";

export function newTokenSecret(): { secret: string; hash: string; prefix: string } {
  const secret = `${PREFIX}${randomBytes(32).toString("base64url")}`;
  return { secret, hash: hashTokenSecret(secret), prefix: secret.slice(0, PREFIX.length + 6) };
}

/** Only this is stored: a token cannot be recovered from the database. */
export function hashTokenSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

/** The secret of an `Authorization: Bearer …` header, or null. */
export function bearerSecret(header: string | null | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  return match?.[1] ?? null;
}
