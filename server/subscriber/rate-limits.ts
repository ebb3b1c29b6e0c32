import { createHash } from "node:crypto";
import { rateSubject } from "@/lib/rate-subject";
import { consumeRateLimit, type RateRule } from "@/server/auth/rate-limit";
import type { Db } from "@/server/db";
import { inboxKey } from "./email";
import { RateLimitError } from "./errors";
import { englishWait } from "@/lib/i18n/answers";
import { en } from "@/lib/i18n/en";
import { fill } from "@/lib/i18n";

export const SUBSCRIBE_PER_IP: RateRule = { windowSeconds: 3600, max: 10 };
/**
 * Requests per inbox (plus-addressing and Gmail dots folded), whatever the IP: the daily cap on
 * confirmation mails one inbox can receive. It counts requests, not mails sent, so an active
 * address (which gets no mail) is limited exactly like a new one and the limit reveals nothing.
 */
export const SUBSCRIBE_PER_INBOX: RateRule = { windowSeconds: 24 * 3600, max: 3 };
// Catch-all domains make every local part an inbox: bound what one domain can be sent.
export const SUBSCRIBE_PER_DOMAIN: RateRule = { windowSeconds: 3600, max: 50 };

// Keys hold a hash, so the shared table never lists who tried to subscribe.
const hashed = (value: string) => createHash("sha256").update(value, "utf8").digest("hex");

/** `refusal` is an English catalog sentence (the page shows it in its language) with {max}, {wait}, {domain}. */
async function limit(db: Db, key: string, rule: RateRule, refusal: string, values: Record<string, string> = {}): Promise<void> {
  const decision = await consumeRateLimit(db, `subscribe|${key}`, rule);
  if (!decision.allowed) {
    throw new RateLimitError(fill(refusal, { ...values, max: rule.max, wait: englishWait(decision.retryAfter) }), decision.retryAfter);
  }
}

export async function limitSubscribesFromIp(db: Db, ip: string): Promise<void> {
  await limit(db, `ip|${hashed(rateSubject(ip))}`, SUBSCRIBE_PER_IP, en.answers.tooManyFromNetwork);
}

/** The inbox first: requests it refuses do not use up the domain's allowance for other people. */
export async function limitSubscribesForAddress(db: Db, emailNormalized: string): Promise<void> {
  const { inbox, domain } = inboxKey(emailNormalized);
  await limit(db, `inbox|${hashed(inbox)}`, SUBSCRIBE_PER_INBOX, en.answers.tooManyForAddress);
  await limit(db, `domain|${hashed(domain)}`, SUBSCRIBE_PER_DOMAIN, en.answers.tooManyForDomain, { domain });
}
