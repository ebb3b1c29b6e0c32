import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";

/**
 * AUTH_SECRET, or one generated on first use and kept in AUTH_SECRET_FILE (mode 0600) so restarts
 * keep sessions valid. Several instances must share one secret: set AUTH_SECRET for them.
 */
export function resolveAuthSecret(): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  if (env.database.provider === "postgresql") {
    logger.warn("AUTH_SECRET is not set: using a secret generated on this host; set AUTH_SECRET when running several instances");
  }
  const file = path.resolve(env.AUTH_SECRET_FILE);
  const existing = readSecretFile(file);
  if (existing) return existing;
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    // "wx": of two processes starting at once, one writes and both then read the same secret.
    writeFileSync(file, `${randomBytes(32).toString("base64url")}\n`, { mode: 0o600, flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  const written = readSecretFile(file);
  if (!written) throw new Error(`${file} is empty: delete it or set AUTH_SECRET`);
  return written;
}

function readSecretFile(file: string): string | null {
  try {
    return readFileSync(file, "utf8").trim() || null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}
