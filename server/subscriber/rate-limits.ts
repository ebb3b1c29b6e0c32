import { createHash } from "node:crypto";
import { consumeRateLimit, type RateRule } from "@/server/auth/rate-limit";
import type { Db } from "@/server/db";
import { RateLimitError } from "./errors";

export const SUBSCRIBE_PER_IP: RateRule = { windowSeconds: 3600, max: 10 };
export const SUBSCRIBE_PER_ADDRESS: RateRule = { windowSeconds: 3600, max: 3 };

const wait = (seconds: number) => (seconds < 90 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`);

// Keys hold a hash, so the shared table never lists who tried to subscribe.
const hashed = (value: string) => createHash("sha256").update(value, "utf8").digest("hex");

export async function limitSubscribesFromIp(db: Db, ip: string): Promise<void> {
  const decision = await consumeRateLimit(db, `subscribe|ip|${hashed(ip)}`, SUBSCRIBE_PER_IP);
  if (!decision.allowed) {
    throw new RateLimitError(
      `Too many subscription requests from your network (${SUBSCRIBE_PER_IP.max} per hour). Try again in ${wait(decision.retryAfter)}.`,
      decision.retryAfter,
    );
  }
}

export async function limitSubscribesForAddress(db: Db, emailNormalized: string): Promise<void> {
  const decision = await consumeRateLimit(db, `subscribe|address|${hashed(emailNormalized)}`, SUBSCRIBE_PER_ADDRESS);
  if (!decision.allowed) {
    throw new RateLimitError(
      `Too many subscription requests for this address (${SUBSCRIBE_PER_ADDRESS.max} per hour). Try again in ${wait(decision.retryAfter)}.`,
      decision.retryAfter,
    );
  }
}
