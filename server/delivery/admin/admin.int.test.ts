import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/server/errors";
import { ctxAs } from "@/test/actors";
import { freshDatabase, type FreshDatabase } from "@/test/fresh-db";
import { expandAll, makeSubscribers, publishIncident } from "@/test/outbox-fixtures";
import { claimDeliveries } from "../claim";
import { isPaused } from "../job-control";
import { listNotifications, retryFailedDeliveries, setDeliveryPaused } from ".";

let fresh: FreshDatabase;
beforeAll(async () => {
  fresh = await freshDatabase("delivery-admin");
}, 120_000);
afterAll(() => fresh?.drop());

describe("delivery administration", () => {
  it("shows progress per event and requeues failures, except for suppressed subscribers", async () => {
    const { db } = fresh;
    const admin = await ctxAs(db, "admin");
    const component = await db.component.create({ data: { name: "API" } });
    await makeSubscribers(db, 4, { prefix: "retry" });
    const notificationId = await publishIncident(db, [component.id]);
    await expandAll(db, fresh.provider);
    const rows = await db.delivery.findMany({ where: { notificationId }, orderBy: { recipient: "asc" } });
    await db.delivery.update({ where: { id: rows[0]!.id }, data: { state: "sent" } });
    await db.delivery.update({ where: { id: rows[1]!.id }, data: { state: "failed", attempts: 1, lastError: "550" } });
    await db.delivery.update({ where: { id: rows[2]!.id }, data: { state: "dead", attempts: 8 } });
    await db.delivery.update({ where: { id: rows[3]!.id }, data: { state: "failed", attempts: 1 } });
    await db.subscriber.update({ where: { id: rows[3]!.subscriberId! }, data: { status: "bounced" } });

    const [event] = (await listNotifications({ ctx: admin })).filter((n) => n.id === notificationId);
    expect(event?.progress).toEqual({ total: 4, sent: 1, queued: 0, sending: 0, failed: 2, dead: 1 });

    expect(await retryFailedDeliveries({ ctx: admin, input: { notificationId } })).toEqual({ requeued: 2 });
    const after = await db.delivery.findMany({ where: { notificationId }, orderBy: { recipient: "asc" } });
    expect(after.map((d) => [d.state, d.attempts])).toEqual([["sent", 0], ["queued", 0], ["queued", 0], ["failed", 1]]);
    expect(await db.auditLog.count({ where: { action: "delivery.retry-failed", entityId: notificationId } })).toBe(1);
  });

  it("pauses and resumes delivery without losing queued work", async () => {
    const { db, provider } = fresh;
    const admin = await ctxAs(db, "owner");
    const component = await db.component.create({ data: { name: "Web" } });
    await makeSubscribers(db, 2, { prefix: "pause", componentIds: [component.id] });
    await publishIncident(db, [component.id]);
    await expandAll(db, provider);
    await setDeliveryPaused({ ctx: admin, input: { paused: true, reason: "SMTP provider incident" } });
    expect(await isPaused(db, "email")).toBe(true);
    const queuedBefore = await db.delivery.count({ where: { state: "queued" } });
    expect(queuedBefore).toBeGreaterThanOrEqual(2);
    await setDeliveryPaused({ ctx: admin, input: { paused: false } });
    expect(await isPaused(db, "email")).toBe(false);
    expect((await claimDeliveries(db, provider, { owner: "t", limit: 100, leaseMs: 1000 })).length).toBe(queuedBefore);
  });

  it("lets only admins retry or pause", async () => {
    const { db } = fresh;
    for (const role of ["editor", "viewer"] as const) {
      const ctx = await ctxAs(db, role);
      await expect(setDeliveryPaused({ ctx, input: { paused: true } })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(retryFailedDeliveries({ ctx, input: { notificationId: "x" } })).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await isPaused(db, "email")).toBe(false);
  });
});
