import { createHmac, timingSafeEqual } from "node:crypto";
import { resolveAuthSecret } from "@/server/auth/secret";

/**
 * Chat channel links, derived like subscriber links (server/subscriber/tokens.ts): `<channel id>.<HMAC>`
 * over the purpose, the id and a salt the row keeps, so a copy of the database cannot produce one.
 * The confirmation link lives only while the channel is pending (its nonce is cleared on confirm);
 * the manage link ("stop these messages") is in every message a visitor's channel gets.
 */
export const CHAT_CONFIRM_TTL_MS = 48 * 60 * 60 * 1000;

let secret: string | undefined;
const mac = (purpose: string, id: string, salt: string) =>
  createHmac("sha256", (secret ??= resolveAuthSecret()))
    .update(`chat-${purpose}|${id}|${salt}`, "utf8")
    .digest("base64url");

export function chatManageToken(channel: { id: string; manageSalt: string }): string {
  return `${channel.id}.${mac("manage", channel.id, channel.manageSalt)}`;
}

export function chatConfirmToken(channel: { id: string; confirmNonce: string | null }): string | null {
  return channel.confirmNonce ? `${channel.id}.${mac("confirm", channel.id, channel.confirmNonce)}` : null;
}

/** The channel id a token names (not yet verified). */
export function chatTokenSubject(token: string): string | null {
  const dot = token.indexOf(".");
  return dot > 0 && dot === token.lastIndexOf(".") && token.length < 200 ? token.slice(0, dot) : null;
}

/** Constant-time comparison of a presented token with the expected one. */
export function sameToken(presented: string, expected: string | null): boolean {
  if (expected === null) return false;
  const [a, b] = [Buffer.from(presented), Buffer.from(expected)];
  return a.length === b.length && timingSafeEqual(a, b);
}
