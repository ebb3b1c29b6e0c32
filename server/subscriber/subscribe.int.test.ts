import { describe, expect, it } from "vitest";
import { ValidationError } from "@/server/errors";
import { anonymousCtx } from "@/test/actors";
import { testDb } from "@/test/db";
import { RateLimitError } from "./errors";
import { SUBSCRIBE_ANSWER, subscribe } from "./subscribe";
import { makeComponent, subscriberState, uniqueEmail, uniqueIp } from "./test-fixtures";

const ctx = () => anonymousCtx(testDb());

describe("subscribe", () => {
  it("makes a new address pending with a 48 h token and queues exactly one confirmation email", async () => {
    const db = testDb();
    const component = await makeComponent(db);
    const email = uniqueEmail();
    const before = Date.now();
    const answer = await subscribe({ ctx: ctx(), input: { email: ` ${email} `, componentIds: [component.id, component.id] }, ip: uniqueIp() });
    expect(answer).toEqual({ message: SUBSCRIBE_ANSWER });

    const { subscriber, deliveries } = await subscriberState(db, email);
    expect(subscriber).toMatchObject({ email, emailNormalized: email.toLowerCase(), status: "pending", source: "signup", confirmedAt: null });
    expect(subscriber!.confirmToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(subscriber!.manageToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const ttl = subscriber!.confirmExpiresAt!.getTime() - before;
    expect(ttl).toBeGreaterThanOrEqual(48 * 3600_000 - 1000);
    expect(ttl).toBeLessThan(48 * 3600_000 + 60_000);
    expect(subscriber!.components.map((c) => c.componentId)).toEqual([component.id]);

    expect(deliveries).toHaveLength(1);
    const [delivery] = deliveries;
    expect(delivery).toMatchObject({ recipient: email, state: "queued", subscriberId: subscriber!.id });
    // Nothing for the worker to expand: the one delivery is written with its notification.
    expect(delivery!.notification).toMatchObject({ kind: "subscription_confirm", recipients: 1, audienceComponents: null });
    expect(delivery!.notification.expandedAt).not.toBeNull();
    expect(await db.delivery.count({ where: { notificationId: delivery!.notificationId } })).toBe(1);
  });

  it("changes nothing and sends nothing for an active address, with the same answer (case-insensitive)", async () => {
    const db = testDb();
    const email = uniqueEmail();
    await subscribe({ ctx: ctx(), input: { email }, ip: uniqueIp() });
    await db.subscriber.update({ where: { emailNormalized: email.toLowerCase() }, data: { status: "active", confirmToken: null, confirmExpiresAt: null } });
    const before = await subscriberState(db, email);

    const answer = await subscribe({ ctx: ctx(), input: { email: email.toUpperCase() }, ip: uniqueIp() });
    expect(answer).toEqual({ message: SUBSCRIBE_ANSWER });
    const after = await subscriberState(db, email);
    expect(after.subscriber).toEqual(before.subscriber);
    expect(after.deliveries).toHaveLength(1);
    expect(await db.subscriber.count({ where: { emailNormalized: email.toLowerCase() } })).toBe(1);
  });

  it("takes an unsubscribed address back to pending with a new token and component choice", async () => {
    const db = testDb();
    const component = await makeComponent(db);
    const email = uniqueEmail();
    await subscribe({ ctx: ctx(), input: { email, componentIds: [component.id] }, ip: uniqueIp() });
    const first = await subscriberState(db, email);
    await db.subscriber.update({ where: { id: first.subscriber!.id }, data: { status: "unsubscribed", confirmToken: null, unsubscribedAt: new Date() } });

    await subscribe({ ctx: ctx(), input: { email, componentIds: [] }, ip: uniqueIp() });
    const again = await subscriberState(db, email);
    expect(again.subscriber).toMatchObject({ id: first.subscriber!.id, status: "pending", manageToken: first.subscriber!.manageToken });
    expect(again.subscriber!.confirmToken).not.toBe(first.subscriber!.confirmToken);
    expect(again.subscriber!.components).toEqual([]);
    expect(again.deliveries).toHaveLength(2);
    expect(new Set(again.deliveries.map((d) => d.notificationId)).size).toBe(2);
  });

  it("re-sends to a pending address with a fresh token (the older link stops working)", async () => {
    const db = testDb();
    const email = uniqueEmail();
    await subscribe({ ctx: ctx(), input: { email }, ip: uniqueIp() });
    const first = await subscriberState(db, email);
    await subscribe({ ctx: ctx(), input: { email }, ip: uniqueIp() });
    const second = await subscriberState(db, email);
    expect(second.subscriber!.status).toBe("pending");
    expect(second.subscriber!.confirmToken).not.toBe(first.subscriber!.confirmToken);
    expect(second.deliveries).toHaveLength(2);
  });

  it("never mails a suppressed address, and answers the same", async () => {
    const db = testDb();
    for (const status of ["bounced", "complained"]) {
      const email = uniqueEmail(status);
      await subscribe({ ctx: ctx(), input: { email }, ip: uniqueIp() });
      const { subscriber } = await subscriberState(db, email);
      await db.subscriber.update({ where: { id: subscriber!.id }, data: { status, confirmToken: null } });
      expect(await subscribe({ ctx: ctx(), input: { email }, ip: uniqueIp() })).toEqual({ message: SUBSCRIBE_ANSWER });
      const after = await subscriberState(db, email);
      expect(after.subscriber!.status).toBe(status);
      expect(after.deliveries).toHaveLength(1);
    }
  });

  it("names the field on a bad address or component and stores nothing", async () => {
    const db = testDb();
    const bad = await subscribe({ ctx: ctx(), input: { email: "not an address" }, ip: uniqueIp() }).catch((e) => e);
    expect(bad).toBeInstanceOf(ValidationError);
    expect(bad.fieldErrors).toEqual({ email: ["Enter a valid email address, like name@example.com"] });

    const hidden = await makeComponent(db, { showcase: false });
    const email = uniqueEmail();
    for (const componentIds of [["no-such-component"], [hidden.id]]) {
      const error = await subscribe({ ctx: ctx(), input: { email, componentIds }, ip: uniqueIp() }).catch((e) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect(Object.keys(error.fieldErrors)).toEqual(["componentIds"]);
    }
    expect((await subscriberState(db, email)).subscriber).toBeNull();
  });

  it("limits requests per address (3 per hour), whatever the IP, naming the limit", async () => {
    const db = testDb();
    const email = uniqueEmail();
    for (let i = 0; i < 3; i++) await subscribe({ ctx: ctx(), input: { email: i === 1 ? email.toUpperCase() : email }, ip: uniqueIp() });
    const error = await subscribe({ ctx: ctx(), input: { email }, ip: uniqueIp() }).catch((e) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.message).toMatch(/^Too many subscription requests for this address \(3 per hour\)\. Try again in \d+ minutes\.$/);
    expect((await subscriberState(db, email)).deliveries).toHaveLength(3);
  });

  it("limits requests per IP (10 per hour), counting invalid ones too", async () => {
    const ip = uniqueIp();
    for (let i = 0; i < 10; i++) {
      await subscribe({ ctx: ctx(), input: { email: i % 2 ? uniqueEmail() : "bad" }, ip }).catch((e) => expect(e).toBeInstanceOf(ValidationError));
    }
    const error = await subscribe({ ctx: ctx(), input: { email: uniqueEmail() }, ip }).catch((e) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.message).toMatch(/^Too many subscription requests from your network \(10 per hour\)/);
  });
});
