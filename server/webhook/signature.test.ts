import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import { newWebhookMessageId } from "@/server/outbox/message-id";
import { newWebhookSecret, signWebhook } from "./signature";

// Checked against the Standard Webhooks reference library, not against our own code.
describe("webhook signature", () => {
  const body = JSON.stringify({ meta: { event: "ping" }, text: "ünïcode ✓" });

  it("verifies with the standardwebhooks library", () => {
    const secret = newWebhookSecret();
    const headers = signWebhook(secret, newWebhookMessageId(), body);
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
  });

  it("fails verification with another secret, a changed body or an old timestamp", () => {
    const secret = newWebhookSecret();
    const id = newWebhookMessageId();
    const headers = signWebhook(secret, id, body);
    expect(() => new Webhook(newWebhookSecret()).verify(body, headers)).toThrow();
    expect(() => new Webhook(secret).verify(body.replace("ping", "pong"), headers)).toThrow();
    const stale = signWebhook(secret, id, body, new Date(Date.now() - 10 * 60_000));
    expect(() => new Webhook(secret).verify(body, stale)).toThrow(/timestamp/i);
  });

  it("matches the spec's published example", () => {
    // From the Standard Webhooks specification's test vector.
    const headers = signWebhook(
      "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
      "msg_p5jXN8AQM9LWM0D4loKWxJek",
      '{"test": 2432232314}',
      new Date(1614265330 * 1000),
    );
    expect(headers["webhook-signature"]).toBe("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
  });

  it("gives each message a distinct id and each endpoint a distinct secret", () => {
    expect(newWebhookMessageId()).not.toBe(newWebhookMessageId());
    expect(newWebhookSecret()).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
  });
});
