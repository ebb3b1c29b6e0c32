import type { Db } from "@/server/db";

export type RateRule = { windowSeconds: number; max: number };
export type RateDecision = { allowed: boolean; retryAfter: number };

/**
 * One attempt against `key` in the shared RateLimit table (so the limit holds across instances): at
 * most `max` allowed attempts per fixed window of `windowSeconds`, which starts at the first attempt
 * after the previous window ended (`lastRequest` holds the window's start). Counting from the last
 * allowed attempt instead (better-auth's rule) never reset for a client that keeps a steady pace, so
 * "300 a minute" refused an API client making 100 a minute after three minutes. Conditional updates
 * make the check-and-count atomic on both databases.
 */
export async function consumeRateLimit(db: Db, key: string, rule: RateRule, now = Date.now()): Promise<RateDecision> {
  const windowMs = rule.windowSeconds * 1000;
  for (let attempt = 0; attempt < 5; attempt++) {
    const row = await db.rateLimit.findUnique({ where: { key } });
    if (!row) {
      const created = await db.rateLimit.create({ data: { key, count: 1, lastRequest: BigInt(now) } }).then(
        () => true,
        (error: unknown) => ((error as { code?: string }).code === "P2002" ? false : Promise.reject(error)),
      );
      if (created) return { allowed: true, retryAfter: 0 };
      continue;
    }
    const last = Number(row.lastRequest);
    if (now - last >= windowMs) {
      const reset = await db.rateLimit.updateMany({
        where: { key, lastRequest: row.lastRequest },
        data: { count: 1, lastRequest: BigInt(now) },
      });
      if (reset.count) return { allowed: true, retryAfter: 0 };
      continue;
    }
    const counted = await db.rateLimit.updateMany({
      where: { key, lastRequest: { gt: BigInt(now - windowMs) }, count: { lt: rule.max } },
      data: { count: { increment: 1 } },
    });
    if (counted.count) return { allowed: true, retryAfter: 0 };
    const fresh = await db.rateLimit.findUnique({ where: { key } });
    if (!fresh || now - Number(fresh.lastRequest) >= windowMs) continue;
    return { allowed: false, retryAfter: Math.max(1, Math.ceil((Number(fresh.lastRequest) + windowMs - now) / 1000)) };
  }
  // Constant contention on one key is itself a sign of abuse.
  return { allowed: false, retryAfter: rule.windowSeconds };
}

/** Gives back one attempt counted against `key` (a limit on failures counts every try, then refunds successes). */
export async function refundRateLimit(db: Db, key: string): Promise<void> {
  await db.rateLimit.updateMany({ where: { key, count: { gt: 0 } }, data: { count: { decrement: 1 } } });
}
