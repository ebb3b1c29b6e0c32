import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { smtpTransport, type MailTransport } from "@/lib/mailer";
import { anonymousCtx } from "@/test/actors";
import { freshDatabase, type FreshDatabase } from "@/test/fresh-db";
import { drain } from "@/test/fixtures/outbox";
import { SmtpCatcher } from "@/test/smtp-catcher";
import { confirmSubscription } from "./confirm-subscription";
import { subscribe } from "./subscribe";
import { makeComponent, uniqueEmail, uniqueIp } from "@/test/fixtures/subscriber";

// The real worker claims any due delivery, so this file has a database of its own.
let fresh: FreshDatabase;
const catcher = new SmtpCatcher();
let transport: MailTransport;

beforeAll(async () => {
  fresh = await freshDatabase("subscriber-confirm");
  await catcher.start();
  transport = smtpTransport({ url: catcher.url, poolSize: 1, rateLimit: 0 });
}, 120_000);
afterAll(async () => {
  transport?.close();
  await catcher.stop();
  await fresh?.drop();
});

describe("confirmation email", () => {
  it("arrives through the worker with a confirm link that works once", async () => {
    const { db, provider } = fresh;
    const ctx = anonymousCtx(db);
    const component = await makeComponent(db, { name: "Checkout API" });
    const email = uniqueEmail("confirm");
    await subscribe({ ctx, input: { email, componentIds: [component.id] }, ip: uniqueIp() });
    const delivery = await db.delivery.findFirstOrThrow({ where: { recipient: email } });
    await drain(db, provider, transport, delivery.notificationId);

    expect(await db.delivery.findUniqueOrThrow({ where: { id: delivery.id } })).toMatchObject({ state: "sent", attempts: 1 });
    const mails = catcher.mails.filter((m) => m.to.includes(email.toLowerCase()) || m.to.includes(email));
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail!.subject).toBe("Confirm your subscription to Status");
    expect(mail!.messageId).toBe(`<${delivery.id}@localhost>`);
    expect(mail!.text).toContain("Checkout API");

    const link = /https?:\/\/\S+\/subscribe\/confirm\/([A-Za-z0-9]+\.[A-Za-z0-9_-]{43})/.exec(mail!.text);
    expect(link, mail!.text).not.toBeNull();
    expect(mail!.html).toContain(link![0]);
    await confirmSubscription({ ctx, input: { token: link![1]! } });
    expect(await db.subscriber.findUniqueOrThrow({ where: { emailNormalized: email.toLowerCase() } })).toMatchObject({
      status: "active",
      confirmNonce: null,
    });
    await expect(confirmSubscription({ ctx, input: { token: link![1]! } })).rejects.toThrow(/not valid/);
  });
});
