import { describe, expect, it } from "vitest";
import { NotFoundError, ValidationError } from "@/server/errors";
import { anonymousCtx } from "@/test/actors";
import { testDb } from "@/test/db";
import { confirmSubscription } from "./confirm-subscription";
import { InvalidLinkError } from "./errors";
import { getSubscriptionByToken } from "./get-subscription";
import { subscribe } from "./subscribe";
import { makeComponent, subscriberState, uniqueEmail, uniqueIp } from "@/test/fixtures/subscriber";
import { unsubscribe } from "./unsubscribe";
import { updateSubscription } from "./update-subscription";
import { confirmTokenFor, manageTokenFor } from "./tokens";

const ctx = () => anonymousCtx(testDb());

async function active(componentIds: string[] = []) {
  const email = uniqueEmail();
  await subscribe({ ctx: ctx(), input: { email, componentIds }, ip: uniqueIp() });
  const { subscriber } = await subscriberState(testDb(), email);
  await confirmSubscription({ ctx: ctx(), input: { token: confirmTokenFor(subscriber!)! } });
  return { email, manageToken: manageTokenFor(subscriber!) };
}

describe("manage page verbs", () => {
  it("shows the subscription and replaces its component choice", async () => {
    const db = testDb();
    const [a, b] = [await makeComponent(db), await makeComponent(db)];
    const { email, manageToken } = await active([a.id]);
    expect(await getSubscriptionByToken({ ctx: ctx(), input: { manageToken } })).toMatchObject({
      email,
      status: "active",
      componentIds: [a.id],
    });

    await updateSubscription({ ctx: ctx(), input: { manageToken, componentIds: [b.id] } });
    expect((await getSubscriptionByToken({ ctx: ctx(), input: { manageToken } })).componentIds).toEqual([b.id]);
    await updateSubscription({ ctx: ctx(), input: { manageToken, componentIds: [] } });
    expect((await getSubscriptionByToken({ ctx: ctx(), input: { manageToken } })).componentIds).toEqual([]);

    const hidden = await makeComponent(db, { showcase: false });
    await expect(updateSubscription({ ctx: ctx(), input: { manageToken, componentIds: [hidden.id] } })).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect((await getSubscriptionByToken({ ctx: ctx(), input: { manageToken } })).componentIds).toEqual([]);
  });

  it("unsubscribes idempotently and keeps the row", async () => {
    const db = testDb();
    const { email, manageToken } = await active();
    expect(await unsubscribe({ ctx: ctx(), input: { manageToken } })).toEqual({ email, status: "unsubscribed" });
    const first = (await subscriberState(db, email)).subscriber!;
    expect(first.status).toBe("unsubscribed");
    expect(first.unsubscribedAt).toBeInstanceOf(Date);
    expect(await unsubscribe({ ctx: ctx(), input: { manageToken } })).toEqual({ email, status: "unsubscribed" });
    expect((await subscriberState(db, email)).subscriber!.unsubscribedAt).toEqual(first.unsubscribedAt);
  });

  it("spends a pending confirmation on unsubscribe, and leaves a suppressed address suppressed", async () => {
    const db = testDb();
    const email = uniqueEmail();
    await subscribe({ ctx: ctx(), input: { email }, ip: uniqueIp() });
    const { subscriber } = await subscriberState(db, email);
    const confirmToken = confirmTokenFor(subscriber!)!;
    await unsubscribe({ ctx: ctx(), input: { manageToken: manageTokenFor(subscriber!) } });
    await expect(confirmSubscription({ ctx: ctx(), input: { token: confirmToken } })).rejects.toBeInstanceOf(InvalidLinkError);

    const bounced = await active();
    await db.subscriber.update({ where: { emailNormalized: bounced.email.toLowerCase() }, data: { status: "bounced" } });
    expect(await unsubscribe({ ctx: ctx(), input: { manageToken: bounced.manageToken } })).toEqual({
      email: bounced.email,
      status: "bounced",
    });
  });

  it("answers not found for an unknown link", async () => {
    for (const run of [
      () => getSubscriptionByToken({ ctx: ctx(), input: { manageToken: "unknown-token" } }),
      () => updateSubscription({ ctx: ctx(), input: { manageToken: "unknown-token", componentIds: [] } }),
      () => unsubscribe({ ctx: ctx(), input: { manageToken: "unknown-token" } }),
    ]) {
      await expect(run()).rejects.toBeInstanceOf(NotFoundError);
    }
  });
});
