import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ValidationError } from "@/server/errors";
import { anonymousCtx } from "@/test/actors";
import { testDb } from "@/test/db";
import { inboxKey } from "./email";
import { RateLimitError } from "./errors";
import { SUBSCRIBE_ANSWER, subscribe } from "./subscribe";
import { makeComponent, subscriberState, uniqueEmail, uniqueIp } from "@/test/fixtures/subscriber";
import { confirmTokenFor } from "./tokens";

const ctx = () => anonymousCtx(testDb());

describe("subscribe", () => {
  it("makes a new address pending with a 48 h token and queues exactly one confirmation email", async () => {
    const db = testDb();
    const component = await makeComponent(db);
    const email = uniqueEmail();
    const before = Date.now();
    const answer = await subscribe({
      ctx: ctx(),
      input: { email: ` ${email} `, componentIds: [component.id, component.id] },
      ip: uniqueIp(),
    });
    expect(answer).toEqual({ message: SUBSCRIBE_ANSWER });

    const { subscriber, deliveries } = await subscriberState(db, email);
    expect(subscriber).toMatchObject({
      email,
      emailNormalized: email.toLowerCase(),
      status: "pending",
      source: "signup",
      confirmedAt: null,
    });
    // Only salts are stored; the links are derived from them and the app secret.
    expect(subscriber).toMatchObject({
      manageSalt: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/),
      confirmNonce: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/),
      legacyManageToken: null,
    });
    expect(confirmTokenFor(subscriber!)).toMatch(new RegExp(`^${subscriber!.id}\\.[A-Za-z0-9_-]{43}$`));
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
    await db.subscriber.update({
      where: { emailNormalized: email.toLowerCase() },
      data: { status: "active", confirmNonce: null, confirmExpiresAt: null },
    });
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
    await db.subscriber.update({
      where: { id: first.subscriber!.id },
      data: { status: "unsubscribed", confirmNonce: null, unsubscribedAt: new Date() },
    });

    await subscribe({ ctx: ctx(), input: { email, componentIds: [] }, ip: uniqueIp() });
    const again = await subscriberState(db, email);
    expect(again.subscriber).toMatchObject({ id: first.subscriber!.id, status: "pending", manageSalt: first.subscriber!.manageSalt });
    expect(confirmTokenFor(again.subscriber!)).not.toBe(confirmTokenFor(first.subscriber!));
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
    expect(confirmTokenFor(second.subscriber!)).not.toBe(confirmTokenFor(first.subscriber!));
    expect(second.deliveries).toHaveLength(2);
  });

  it("never mails a suppressed address, and answers the same", async () => {
    const db = testDb();
    for (const status of ["bounced", "complained"]) {
      const email = uniqueEmail(status);
      await subscribe({ ctx: ctx(), input: { email }, ip: uniqueIp() });
      const { subscriber } = await subscriberState(db, email);
      await db.subscriber.update({ where: { id: subscriber!.id }, data: { status, confirmNonce: null } });
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

  it("limits requests per inbox (3 a day), whatever the IP and the +variant, naming the limit", async () => {
    const db = testDb();
    const email = uniqueEmail();
    for (let i = 0; i < 3; i++) await subscribe({ ctx: ctx(), input: { email: i === 1 ? email.toUpperCase() : email }, ip: uniqueIp() });
    const error = await subscribe({ ctx: ctx(), input: { email }, ip: uniqueIp() }).catch((e) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.message).toMatch(
      /^Too many subscription requests for this address \(3 a day, counting its \+variants\)\. Try again in 24 hours\.$/,
    );
    expect(error.retryAfter).toBeGreaterThan(23 * 3600);
    expect((await subscriberState(db, email)).deliveries).toHaveLength(3);
  });

  it("attack: rotating the IP and the +tag gets no more than 3 confirmation mails into one inbox", async () => {
    const db = testDb();
    const [local, domain] = uniqueEmail("victim").split("@");
    const outcomes: string[] = [];
    for (let n = 1; n <= 10; n++) {
      const answer = await subscribe({ ctx: ctx(), input: { email: `${local}+${n}@${domain}` }, ip: uniqueIp() }).catch((e) => e);
      outcomes.push(answer instanceof RateLimitError ? "429" : "ok");
    }
    expect(outcomes).toEqual(["ok", "ok", "ok", ...Array(7).fill("429")]);
    const mailed = await db.delivery.count({ where: { recipient: { startsWith: `${local}+` } } });
    expect(mailed).toBe(3);
  });

  it("attack: Gmail dots and googlemail.com count as the same inbox", async () => {
    const name = `victim${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
    const variants = [
      `${name}@gmail.com`,
      `${name.slice(0, 3)}.${name.slice(3)}@gmail.com`,
      `${name}+x@googlemail.com`,
      `${name[0]}.${name.slice(1)}@gmail.com`,
    ];
    const outcomes: string[] = [];
    for (const email of variants) {
      outcomes.push(
        await subscribe({ ctx: ctx(), input: { email }, ip: uniqueIp() }).then(
          () => "ok",
          (e) => (e instanceof RateLimitError ? "429" : String(e)),
        ),
      );
    }
    expect(outcomes).toEqual(["ok", "ok", "ok", "429"]);
  });

  it("the daily cap holds after the hourly limits have reset, across IPs", async () => {
    const db = testDb();
    const email = uniqueEmail();
    for (let i = 0; i < 3; i++) await subscribe({ ctx: ctx(), input: { email }, ip: uniqueIp() });
    // Two hours later: an hourly counter would have reset, the daily one has not.
    const inbox = createHash("sha256").update(inboxKey(email.toLowerCase()).inbox).digest("hex");
    const aged = await db.rateLimit.updateMany({
      where: { key: `subscribe|inbox|${inbox}` },
      data: { lastRequest: BigInt(Date.now() - 2 * 3600_000) },
    });
    expect(aged.count).toBe(1);
    const error = await subscribe({ ctx: ctx(), input: { email }, ip: uniqueIp() }).catch((e) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.message).toMatch(/Try again in 22 hours\.$/);
  });

  it("limits an active address exactly like a new one, so the limit does not tell who is subscribed", async () => {
    const db = testDb();
    const active = uniqueEmail("active");
    await subscribe({ ctx: ctx(), input: { email: active }, ip: uniqueIp() });
    await db.subscriber.update({ where: { emailNormalized: active.toLowerCase() }, data: { status: "active", confirmNonce: null } });
    const fresh = uniqueEmail("fresh");
    await subscribe({ ctx: ctx(), input: { email: fresh }, ip: uniqueIp() });
    const answers = async (email: string) => {
      const seen: string[] = [];
      for (let i = 0; i < 3; i++)
        seen.push(
          await subscribe({ ctx: ctx(), input: { email }, ip: uniqueIp() }).then(
            (a) => a.message,
            (e) => e.message,
          ),
        );
      return seen;
    };
    const [forActive, forFresh] = [await answers(active), await answers(fresh)];
    expect(forActive).toEqual(forFresh);
    expect(forActive.slice(0, 2)).toEqual([SUBSCRIBE_ANSWER, SUBSCRIBE_ANSWER]);
    expect(forActive[2]).toMatch(/^Too many subscription requests for this address/);
  });

  it("attack: many inboxes at one domain from rotating IPs are capped per domain (50 per hour)", async () => {
    const db = testDb();
    const domain = uniqueEmail().split("@")[1]!;
    const outcomes: string[] = [];
    for (let n = 0; n < 52; n++) {
      outcomes.push(
        await subscribe({ ctx: ctx(), input: { email: `user${n}@${domain}` }, ip: uniqueIp() }).then(
          () => "ok",
          (e) => e.message,
        ),
      );
    }
    expect(outcomes.slice(0, 50).every((o) => o === "ok")).toBe(true);
    expect(outcomes[50]).toMatch(
      new RegExp(
        `^Too many subscription requests for addresses at ${domain.toLowerCase().replaceAll(".", "\\.")} \\(50 per hour\\)\\. Try again in \\d+ minutes\\.$`,
      ),
    );
    expect(await db.delivery.count({ where: { recipient: { endsWith: `@${domain}` } } })).toBe(50);
  });

  it("limits requests per IP (10 per hour), counting invalid ones too", async () => {
    const ip = uniqueIp();
    for (let i = 0; i < 10; i++) {
      await subscribe({ ctx: ctx(), input: { email: i % 2 ? uniqueEmail() : "bad" }, ip }).catch((e) =>
        expect(e).toBeInstanceOf(ValidationError),
      );
    }
    const error = await subscribe({ ctx: ctx(), input: { email: uniqueEmail() }, ip }).catch((e) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.message).toMatch(/^Too many subscription requests from your network \(10 per hour\)/);
  });
});
