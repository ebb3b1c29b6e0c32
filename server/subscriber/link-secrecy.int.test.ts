import { describe, expect, it } from "vitest";
import { anonymousCtx } from "@/test/actors";
import { testDb } from "@/test/db";
import { confirmSubscription } from "./confirm-subscription";
import { getSubscriptionByToken } from "./get-subscription";
import { subscribe } from "./subscribe";
import { makeComponent, subscriberState, uniqueEmail, uniqueIp } from "@/test/fixtures/subscriber";
import { confirmTokenFor, manageTokenFor, newLinkSalt } from "./tokens";
import { unsubscribe } from "./unsubscribe";
import { updateSubscription } from "./update-subscription";

describe("subscriber links are not stored", () => {
  it("no column of the row holds the manage or confirmation token, yet both links work", async () => {
    const db = testDb();
    const ctx = anonymousCtx(db);
    const component = await makeComponent(db);
    const email = uniqueEmail();
    await subscribe({ ctx, input: { email, componentIds: [component.id] }, ip: uniqueIp() });
    const { subscriber } = await subscriberState(db, email);
    const [manage, confirm] = [manageTokenFor(subscriber!), confirmTokenFor(subscriber!)!];
    const stored = JSON.stringify(await db.subscriber.findUniqueOrThrow({ where: { id: subscriber!.id } }));
    for (const token of [manage, confirm]) expect(stored).not.toContain(token.split(".")[1]);

    expect(await confirmSubscription({ ctx, input: { token: confirm } })).toEqual({ email, manageToken: manage });
    await expect(confirmSubscription({ ctx, input: { token: confirm } })).rejects.toThrow(/not valid/);
    expect(await getSubscriptionByToken({ ctx, input: { manageToken: manage } })).toMatchObject({
      status: "active",
      componentIds: [component.id],
    });
    await updateSubscription({ ctx, input: { manageToken: manage, componentIds: [] } });
  });

  it("a forged token for a real subscriber id is refused, and a new salt revokes the old link", async () => {
    const db = testDb();
    const ctx = anonymousCtx(db);
    const email = uniqueEmail();
    await subscribe({ ctx, input: { email }, ip: uniqueIp() });
    const { subscriber } = await subscriberState(db, email);
    const manage = manageTokenFor(subscriber!);
    await expect(getSubscriptionByToken({ ctx, input: { manageToken: `${subscriber!.id}.${"A".repeat(43)}` } })).rejects.toThrow(
      /not found/i,
    );
    await db.subscriber.update({ where: { id: subscriber!.id }, data: { manageSalt: newLinkSalt() } });
    await expect(unsubscribe({ ctx, input: { manageToken: manage } })).rejects.toThrow(/not found/i);
    expect((await subscriberState(db, email)).subscriber!.status).toBe("pending");
  });
});
