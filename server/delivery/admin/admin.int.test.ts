import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { smtpTransport } from "@/lib/mailer";
import { ForbiddenError } from "@/server/errors";
import { ctxAs } from "@/test/actors";
import { freshDatabase, type FreshDatabase } from "@/test/fresh-db";
import { drain, expandAll, makeSubscribers, publishIncident, startDeliveryWorker, waitUntil } from "@/test/fixtures/outbox";
import { SmtpCatcher } from "@/test/smtp-catcher";
import { claimDeliveries } from "../claim";
import { getDeliveryDashboard, getNotificationProgress, listNotifications, retryFailedDeliveries } from ".";
import { isPaused, setJobPaused } from "@/server/job-control";

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
    expect(event?.progress).toEqual({ total: 4, sent: 1, queued: 0, retrying: 0, sending: 0, failed: 2, dead: 1, skipped: 0 });
    expect(event?.pending).toBe(false);

    expect(await retryFailedDeliveries({ ctx: admin, input: { notificationId } })).toEqual({ requeued: 2, notRetried: 1 });
    const after = await db.delivery.findMany({ where: { notificationId }, orderBy: { recipient: "asc" } });
    expect(after.map((d) => [d.state, d.attempts])).toEqual([
      ["sent", 0],
      ["queued", 0],
      ["queued", 0],
      ["failed", 1],
    ]);
    expect(await db.auditLog.count({ where: { action: "delivery.retry-failed", entityId: notificationId } })).toBe(1);
  });

  it("pauses and resumes delivery without losing queued work, and says what it did", async () => {
    const { db, provider } = fresh;
    const admin = await ctxAs(db, "owner");
    const component = await db.component.create({ data: { name: "Web" } });
    await makeSubscribers(db, 2, { prefix: "pause", componentIds: [component.id] });
    await publishIncident(db, [component.id]);
    await expandAll(db, provider);
    const queuedBefore = await db.delivery.count({ where: { state: "queued" } });
    expect(queuedBefore).toBeGreaterThanOrEqual(2);
    expect(await setJobPaused({ ctx: admin, input: { jobClass: "email", paused: true, reason: "SMTP provider incident" } })).toEqual({
      jobClass: "email",
      paused: true,
      changed: true,
      reason: "SMTP provider incident",
      waiting: queuedBefore,
    });
    expect(await isPaused(db, "email")).toBe(true);
    expect((await setJobPaused({ ctx: admin, input: { jobClass: "email", paused: true } })).changed).toBe(false);
    expect(await setJobPaused({ ctx: admin, input: { jobClass: "email", paused: false } })).toMatchObject({
      paused: false,
      changed: true,
      waiting: queuedBefore,
    });
    expect(await isPaused(db, "email")).toBe(false);
    expect((await claimDeliveries(db, provider, { owner: "t", limit: 100, leaseMs: 1000 })).length).toBe(queuedBefore);
  });

  it("reports 0 requeued when every failure is to a suppressed address", async () => {
    const { db } = fresh;
    const admin = await ctxAs(db, "admin");
    const component = await db.component.create({ data: { name: "Suppressed" } });
    await makeSubscribers(db, 5, { prefix: "gone", componentIds: [component.id] });
    const notificationId = await publishIncident(db, [component.id]);
    await expandAll(db, fresh.provider);
    const rows = await db.delivery.findMany({ where: { notificationId } });
    await db.delivery.updateMany({
      where: { notificationId },
      data: { state: "failed", attempts: 1, lastError: "550 5.1.1 No such user" },
    });
    await db.subscriber.updateMany({ where: { id: { in: rows.map((r) => r.subscriberId!) } }, data: { status: "bounced" } });
    expect(await retryFailedDeliveries({ ctx: admin, input: { notificationId } })).toEqual({ requeued: 0, notRetried: rows.length });
    expect(rows.length).toBeGreaterThanOrEqual(5);
    expect(await db.delivery.count({ where: { notificationId, state: "queued" } })).toBe(0);
  });

  it("counts mail held up by an SMTP outage as retrying, with the last error and next attempt, not as queued or failed", async () => {
    const { db, provider } = fresh;
    const admin = await ctxAs(db, "admin");
    // A real SMTP port with nothing listening: started, then stopped.
    const smtp = new SmtpCatcher();
    await smtp.start(0);
    const url = smtp.url;
    await smtp.stop();
    const component = await db.component.create({ data: { name: "Outage" } });
    await makeSubscribers(db, 3, { prefix: "outage", componentIds: [component.id] });
    const notificationId = await publishIncident(db, [component.id]);
    await expandAll(db, fresh.provider);
    await db.delivery.updateMany({ where: { notificationId: { not: notificationId }, state: "queued" }, data: { state: "sent" } });

    const transport = smtpTransport({ url, poolSize: 1, rateLimit: 0 });
    const worker = startDeliveryWorker(db, provider, transport, { batchSize: 10, idleMs: 50 });
    await waitUntil(async () => (await db.delivery.count({ where: { notificationId, lastError: null } })) === 0, 30_000);
    await worker.stop();
    transport.close();

    // Earlier tests' subscribers who chose no component are in the audience too, unless suppressed since.
    const audience = await db.delivery.count({ where: { notificationId } });
    expect(audience).toBeGreaterThanOrEqual(3);
    const event = await getNotificationProgress({ ctx: admin, input: { notificationId } });
    expect(event?.progress).toMatchObject({ total: audience, sent: 0, queued: 0, retrying: audience, failed: 0, dead: 0 });
    expect(event?.retry?.lastError).toMatch(/unreachable.*(ECONNREFUSED|connect)/i);
    // The server was down, not the messages wrong: the outage spent none of their attempts.
    expect(event?.retry?.attempts).toBe(0);
    expect(event?.pending).toBe(true);
    const dashboard = await getDeliveryDashboard({ ctx: admin, input: { eventId: notificationId } });
    expect(dashboard.pending).toBe(true);
    expect(dashboard.events.map((e) => e.id)).toEqual([notificationId]);
  });

  it("counts mail the worker skipped (subscriber left after the publish) as skipped, not failed", async () => {
    const { db, provider } = fresh;
    const admin = await ctxAs(db, "admin");
    const smtp = new SmtpCatcher();
    await smtp.start(0);
    const component = await db.component.create({ data: { name: "Skipped" } });
    await makeSubscribers(db, 2, { prefix: "leaver", componentIds: [component.id] });
    const notificationId = await publishIncident(db, [component.id]);
    await expandAll(db, fresh.provider);
    await db.subscriber.updateMany({ where: { email: { startsWith: "leaver-" } }, data: { status: "unsubscribed" } });
    const audience = await db.delivery.count({ where: { notificationId } });
    const transport = smtpTransport({ url: smtp.url, poolSize: 1, rateLimit: 0 });
    await drain(db, provider, transport, notificationId, 30_000);
    transport.close();
    await smtp.stop();
    const event = await getNotificationProgress({ ctx: admin, input: { notificationId } });
    // The catcher may also get mail left queued by earlier tests: count this event's recipients only.
    const recipients = new Set(
      (await db.delivery.findMany({ where: { notificationId }, select: { recipient: true } })).map((d) => d.recipient),
    );
    const delivered = smtp.mails.filter((m) => m.to.some((to) => recipients.has(to))).length;
    expect(event?.progress).toMatchObject({ total: audience, sent: delivered, skipped: 2, failed: 0, queued: 0, retrying: 0 });
    expect(event?.pending).toBe(false);
  });

  it("lets only admins retry or pause", async () => {
    const { db } = fresh;
    for (const role of ["editor", "viewer"] as const) {
      const ctx = await ctxAs(db, role);
      await expect(setJobPaused({ ctx, input: { jobClass: "email", paused: true } })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(retryFailedDeliveries({ ctx, input: { notificationId: "x" } })).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await isPaused(db, "email")).toBe(false);
  });
});
