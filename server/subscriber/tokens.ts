import { randomBytes } from "node:crypto";

/** 32 random bytes, base64url: the secret in confirm and manage links. */
export function newSubscriberToken(): string {
  return randomBytes(32).toString("base64url");
}

export const CONFIRM_TTL_MS = 48 * 60 * 60 * 1000;
