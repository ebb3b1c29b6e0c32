import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { resolveAuthSecret } from "@/server/auth/secret";

/**
 * Subscriber links without stored secrets. A manage link (in every email, long-lived) and a
 * confirmation link are `<subscriber id>.<HMAC-SHA256(app secret, purpose | id | salt)>`; the row
 * keeps only the random salt (`manageSalt`, `confirmNonce`), so a copy of the database cannot
 * produce a working link, the worker recomputes the link for every email, and a link is checked by
 * recomputing it. A new salt revokes the old link: a new confirmation nonce per sign-up request, and
 * it is cleared once spent. Links still depend on AUTH_SECRET: changing it invalidates them all.
 * Manage tokens issued before this scheme are random strings without a dot; only their sha-256 is
 * kept (`legacyManageTokenHash`), so links in mails already sent keep working.
 */
export const CONFIRM_TTL_MS = 48 * 60 * 60 * 1000;

/** A fresh random salt (16 bytes, base64url) for a manage link or a confirmation. */
export function newLinkSalt(): string {
  return randomBytes(16).toString("base64url");
}

let secret: string | undefined;
const mac = (purpose: string, id: string, salt: string) =>
  createHmac("sha256", (secret ??= resolveAuthSecret()))
    .update(`subscriber-${purpose}|${id}|${salt}`, "utf8")
    .digest("base64url");

/** The manage/unsubscribe link token of a subscriber: what the emails carry. */
export function manageTokenFor(subscriber: { id: string; manageSalt: string }): string {
  return `${subscriber.id}.${mac("manage", subscriber.id, subscriber.manageSalt)}`;
}

/** The confirmation link token, while a confirmation is pending (null otherwise). */
export function confirmTokenFor(subscriber: { id: string; confirmNonce: string | null }): string | null {
  return subscriber.confirmNonce ? `${subscriber.id}.${mac("confirm", subscriber.id, subscriber.confirmNonce)}` : null;
}

/** The subscriber id a token names (not yet verified), or null when it is not a derived token. */
export function tokenSubject(token: string): string | null {
  const dot = token.indexOf(".");
  return dot > 0 && dot === token.lastIndexOf(".") ? token.slice(0, dot) : null;
}

const sameText = (a: string, b: string) => {
  const [x, y] = [Buffer.from(a), Buffer.from(b)];
  return x.length === y.length && timingSafeEqual(x, y);
};

/** Whether `token` is this subscriber's manage token. */
export function isManageToken(token: string, subscriber: { id: string; manageSalt: string }): boolean {
  return sameText(token, manageTokenFor(subscriber));
}

/** Whether `token` is this subscriber's pending confirmation token. */
export function isConfirmToken(token: string, subscriber: { id: string; confirmNonce: string | null }): boolean {
  const expected = confirmTokenFor(subscriber);
  return expected !== null && sameText(token, expected);
}

/** sha-256 hex of a pre-scheme manage token: what the row keeps to recognise old links. */
export function legacyTokenHash(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
