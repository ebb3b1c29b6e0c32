import { describe, expect, it } from "vitest";
import { anonymousCtx } from "@/test/actors";
import { testDb } from "@/test/db";
import { confirmSubscription, EXPIRED_CONFIRM_LINK, UNKNOWN_CONFIRM_LINK } from "./confirm-subscription";
import { InvalidLinkError } from "./errors";
import { getConfirmation } from "./get-confirmation";
import { subscribe } from "./subscribe";
import { subscriberState, uniqueEmail, uniqueIp } from "@/test/fixtures/subscriber";
import { confirmTokenFor, manageTokenFor } from "./tokens";

const ctx = () => anonymousCtx(testDb());

async function pending() {
  const email = uniqueEmail();
  await subscribe({ ctx: ctx(), input: { email }, ip: uniqueIp() });
  const { subscriber } = await subscriberState(testDb(), email);
  return { email, subscriber: subscriber!, token: confirmTokenFor(subscriber!)! };
}

describe("confirmSubscription", () => {
  it("activates a pending subscription once: the token is spent", async () => {
    const { email, subscriber, token } = await pending();
    // The page's GET shows the address and changes nothing.
    expect(await getConfirmation({ ctx: ctx(), input: { token } })).toEqual({ ok: true, email });
    expect((await subscriberState(testDb(), email)).subscriber!.status).toBe("pending");

    expect(await confirmSubscription({ ctx: ctx(), input: { token } })).toEqual({ email, manageToken: manageTokenFor(subscriber) });
    const after = (await subscriberState(testDb(), email)).subscriber!;
    expect(after).toMatchObject({ status: "active", confirmNonce: null, confirmExpiresAt: null });
    expect(after.confirmedAt).toBeInstanceOf(Date);

    const again = await confirmSubscription({ ctx: ctx(), input: { token } }).catch((e) => e);
    expect(again).toBeInstanceOf(InvalidLinkError);
    expect(again.message).toBe(UNKNOWN_CONFIRM_LINK);
    expect(await getConfirmation({ ctx: ctx(), input: { token } })).toEqual({ ok: false, message: UNKNOWN_CONFIRM_LINK });
  });

  it("refuses an expired token and changes nothing", async () => {
    const db = testDb();
    const { email, subscriber, token } = await pending();
    await db.subscriber.update({ where: { id: subscriber.id }, data: { confirmExpiresAt: new Date(Date.now() - 1000) } });
    const error = await confirmSubscription({ ctx: ctx(), input: { token } }).catch((e) => e);
    expect(error).toBeInstanceOf(InvalidLinkError);
    expect(error.message).toBe(EXPIRED_CONFIRM_LINK);
    expect(await getConfirmation({ ctx: ctx(), input: { token } })).toEqual({ ok: false, message: EXPIRED_CONFIRM_LINK });
    expect((await subscriberState(db, email)).subscriber).toMatchObject({
      status: "pending",
      confirmNonce: subscriber.confirmNonce,
      confirmedAt: null,
    });
  });

  it("refuses unknown tokens, and the older token after a new sign-up", async () => {
    const first = await pending();
    await subscribe({ ctx: ctx(), input: { email: first.email }, ip: uniqueIp() });
    for (const token of ["nope", first.token]) {
      await expect(confirmSubscription({ ctx: ctx(), input: { token } })).rejects.toBeInstanceOf(InvalidLinkError);
    }
    expect((await subscriberState(testDb(), first.email)).subscriber!.status).toBe("pending");
  });

  it("lets only one of two simultaneous clicks through", async () => {
    const { token } = await pending();
    const results = await Promise.allSettled([0, 1, 2].map(() => confirmSubscription({ ctx: ctx(), input: { token } })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  });
});
