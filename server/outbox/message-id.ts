import { randomBytes } from "node:crypto";

/** The message id webhook receivers dedupe on: the same for every attempt of one delivery. */
export function newWebhookMessageId(): string {
  return `msg_${randomBytes(16).toString("base64url")}`;
}
