import type { Db } from "@/server/db";

let counter = 0;
const unique = () => `${Date.now().toString(36)}-${++counter}-${Math.random().toString(36).slice(2, 7)}`;

/**
 * An address no other test uses (mixed case, to exercise normalization), at a domain of its own
 * so that the per-domain subscribe limit of one test never spills into another.
 */
export const uniqueEmail = (prefix = "sub") => {
  const tag = unique();
  return `${prefix}-${tag}@Example-${tag}.test`;
};

/** A client IP of its own, so rate-limit buckets never collide between tests. */
export const uniqueIp = () => `test-ip-${unique()}`;

export async function makeComponent(db: Db, options: { name?: string; showcase?: boolean } = {}) {
  return db.component.create({ data: { name: options.name ?? `Component ${unique()}`, showcase: options.showcase ?? true } });
}

/** The subscriber row and its confirmation deliveries. */
export async function subscriberState(db: Db, email: string) {
  const subscriber = await db.subscriber.findUnique({ where: { emailNormalized: email.toLowerCase() }, include: { components: true } });
  const deliveries = subscriber
    ? await db.delivery.findMany({ where: { subscriberId: subscriber.id }, include: { notification: true }, orderBy: { createdAt: "asc" } })
    : [];
  return { subscriber, deliveries };
}
