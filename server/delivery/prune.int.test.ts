import { describe, expect, it } from "vitest";
import { testDb } from "@/test/db";
import { pruneDeliveries } from "./prune";

const db = testDb();
const DAY = 86_400_000;

async function event(ageDays: number, states: string[], expanding = false) {
  const tag = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  const createdAt = new Date(Date.now() - ageDays * DAY);
  return db.notification.create({
    data: {
      kind: "incident_published",
      createdAt,
      audienceComponents: "[]",
      expandedAt: expanding ? null : createdAt,
      deliveries: { create: states.map((state, i) => ({ recipient: `prune-${tag}-${i}@example.test`, state })) },
    },
  });
}

describe("pruneDeliveries", () => {
  it("forgets finished events past the retention with their deliveries; keeps recent ones and anything still due", async () => {
    const old = await event(100, ["sent", "failed", "dead"]);
    const oldEmpty = await event(100, []);
    const oldPending = await event(100, ["sent", "queued"]);
    const oldSending = await event(100, ["sending"]);
    const recent = await event(10, ["sent"]);
    // The worker was down for months: its audience is not expanded yet, so it is not finished.
    const oldExpanding = await event(100, ["sent"], true);

    const removed = await pruneDeliveries(db, 90);
    expect(removed).toBeGreaterThanOrEqual(2);
    const left = await db.notification.findMany({
      where: { id: { in: [old.id, oldEmpty.id, oldPending.id, oldSending.id, recent.id, oldExpanding.id] } },
      select: { id: true },
    });
    expect(left.map((n) => n.id).sort()).toEqual([oldPending.id, oldSending.id, recent.id, oldExpanding.id].sort());
    expect(await db.delivery.count({ where: { notificationId: old.id } })).toBe(0);
    expect(await db.delivery.count({ where: { notificationId: oldPending.id } })).toBe(2);
  });

  it("keeps everything when retention is 0", async () => {
    const old = await event(400, ["sent"]);
    expect(await pruneDeliveries(db, 0)).toBe(0);
    expect(await db.notification.count({ where: { id: old.id } })).toBe(1);
    await pruneDeliveries(db, 90);
    expect(await db.notification.count({ where: { id: old.id } })).toBe(0);
  });
});
