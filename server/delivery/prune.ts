import type { Db } from "@/server/db";

const DAY = 86_400_000;
const BATCH = 500;

/**
 * Forgets message events older than `days` whose every delivery is finished (sent, failed, dead),
 * with their deliveries, so the outbox does not grow for ever. Anything still queued or sending,
 * or an announcement whose audience is not fully expanded yet, is kept whatever its age. Works in
 * batches so a first run on a large table stays light.
 */
export async function pruneDeliveries(db: Db, days: number, now = new Date()): Promise<number> {
  if (days <= 0) return 0;
  const cutoff = new Date(now.getTime() - days * DAY);
  let removed = 0;
  for (;;) {
    const old = await db.notification.findMany({
      where: {
        createdAt: { lt: cutoff },
        OR: [{ audienceComponents: null }, { expandedAt: { not: null } }],
        deliveries: { none: { state: { in: ["queued", "sending"] } } },
      },
      select: { id: true },
      take: BATCH,
    });
    if (old.length === 0) return removed;
    const { count } = await db.notification.deleteMany({ where: { id: { in: old.map((n) => n.id) } } });
    removed += count;
    if (old.length < BATCH) return removed;
  }
}
