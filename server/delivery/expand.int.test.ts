import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { confirmTokenFor, manageTokenFor } from "@/server/subscriber/tokens";
import { fixtureCtx } from "@/test/fixtures/incident";
import { createIncident } from "@/server/incident";
import { addSubscriber, confirmSubscription, reactivateSubscriber, subscribe, unsubscribe } from "@/server/subscriber";
import { importNow } from "@/test/fixtures/subscriber-import";
import { anonymousCtx } from "@/test/actors";
import { freshDatabase, type FreshDatabase } from "@/test/fresh-db";
import { expandAll, makeSubscribers } from "@/test/fixtures/outbox";
import { uniqueIp } from "@/test/fixtures/subscriber";
import { expandNextBatch } from "./expand";

// Its own database: expansion takes any waiting notification, so it cannot share one with other files.
let fresh: FreshDatabase;
beforeAll(async () => {
  fresh = await freshDatabase("expand");
}, 120_000);
afterAll(() => fresh?.drop());

const moment = () => new Promise((resolve) => setTimeout(resolve, 15));

async function publish(componentIds: string[], title = "API errors") {
  const { db } = fresh;
  const incident = await createIncident({
    ctx: fixtureCtx(db),
    input: {
      title,
      impact: "major",
      components: componentIds.map((componentId) => ({ componentId, status: "major_outage" })),
      body: "Investigating.",
      publish: true,
      notify: true,
    },
  });
  return db.notification.findFirstOrThrow({ where: { incidentId: incident.id, kind: "incident_published" } });
}

const recipientsOf = async (notificationId: string) =>
  (await fresh.db.delivery.findMany({ where: { notificationId }, select: { recipient: true } })).map((d) => d.recipient).sort();

describe("announcing to subscribers", () => {
  it("publishes one notification and no deliveries; the expansion writes exactly its audience, batch by batch", async () => {
    const { db, provider } = fresh;
    const [api, web] = await Promise.all([db.component.create({ data: { name: "API" } }), db.component.create({ data: { name: "Web" } })]);
    await makeSubscribers(db, 5, { prefix: "all" });
    await makeSubscribers(db, 3, { prefix: "api", componentIds: [api.id] });
    await makeSubscribers(db, 2, { prefix: "both", componentIds: [api.id, web.id] });
    await makeSubscribers(db, 4, { prefix: "web", componentIds: [web.id] });
    for (const status of ["pending", "unsubscribed", "bounced", "complained"]) await makeSubscribers(db, 2, { prefix: status, status });

    const notificationsBefore = await db.notification.count();
    const notification = await publish([api.id]);
    expect(await db.notification.count()).toBe(notificationsBefore + 1);
    expect(await db.delivery.count()).toBe(0);
    expect(notification).toMatchObject({
      audienceComponents: JSON.stringify([api.id]),
      recipients: 0,
      expandedAt: null,
      expandCursor: null,
    });

    // Batches of 4: the progress shows on the notification after each one.
    const first = await expandNextBatch(db, provider, { batchSize: 4 });
    expect(first).toEqual({ notificationId: notification.id, written: 4, done: false });
    expect(await db.notification.findUniqueOrThrow({ where: { id: notification.id } })).toMatchObject({ recipients: 4, expandedAt: null });
    expect(await db.delivery.count({ where: { notificationId: notification.id } })).toBe(4);
    await expandAll(db, provider, 4);

    const expected = [
      ...["all-0", "all-1", "all-2", "all-3", "all-4", "api-0", "api-1", "api-2", "both-0", "both-1"].map((p) => `${p}@example.test`),
    ].sort();
    expect(await recipientsOf(notification.id)).toEqual(expected);
    const rows = await db.delivery.findMany({ where: { notificationId: notification.id } });
    expect(new Set(rows.map((r) => r.subscriberId)).size).toBe(10);
    expect(rows.every((r) => r.state === "queued" && r.attempts === 0 && r.channel === "email")).toBe(true);
    const done = await db.notification.findUniqueOrThrow({ where: { id: notification.id } });
    expect(done.recipients).toBe(10);
    expect(done.expandedAt).toBeInstanceOf(Date);
    expect(await expandNextBatch(db, provider)).toBeNull();

    // An incident on no component reaches every active subscriber, whatever they chose.
    const everyone = await publish([], "Everything is slow");
    expect(everyone.audienceComponents).toBe("[]");
    await expandAll(db, provider);
    expect(await db.delivery.count({ where: { notificationId: everyone.id } })).toBe(14);
  });

  it("reaches subscribers active as of the publish: not those who become active a moment later, nor those who left before", async () => {
    const { db, provider } = fresh;
    const component = await db.component.create({ data: { name: "Checkout" } });
    const ctx = fixtureCtx(db);
    const tag = Date.now().toString(36);
    const email = (name: string) => `${name}-${tag}@example.test`;
    const importCsv = (name: string) => importNow(ctx, `email\n${email(name)}\n`);
    const pendingSignup = async (name: string) => {
      await subscribe({ ctx: anonymousCtx(db), input: { email: email(name), componentIds: [] }, ip: uniqueIp() });
      return confirmTokenFor(await db.subscriber.findUniqueOrThrow({ where: { emailNormalized: email(name) } }))!;
    };
    const bounced = async (name: string) => {
      await addSubscriber({ ctx, input: { email: email(name), componentIds: [] } });
      return (await db.subscriber.update({ where: { emailNormalized: email(name) }, data: { status: "bounced" } })).id;
    };
    const manageToken = async (name: string) =>
      manageTokenFor(await db.subscriber.findUniqueOrThrow({ where: { emailNormalized: email(name) } }));

    // Every way of becoming active, before the publish…
    await importCsv("imported-before");
    await addSubscriber({ ctx, input: { email: email("added-before"), componentIds: [] } });
    await confirmSubscription({ ctx: anonymousCtx(db), input: { token: await pendingSignup("confirmed-before") } });
    await reactivateSubscriber({ ctx, input: { subscriberId: await bounced("reactivated-before") } });
    // …and after it, prepared beforehand so only the activation itself comes late.
    const confirmLater = await pendingSignup("confirmed-after");
    const reactivateLater = await bounced("reactivated-after");
    // Left before the publish; and one who leaves and comes back after it.
    await importCsv("left-before");
    await unsubscribe({ ctx: anonymousCtx(db), input: { manageToken: await manageToken("left-before") } });
    await importCsv("rejoined-after");
    await unsubscribe({ ctx: anonymousCtx(db), input: { manageToken: await manageToken("rejoined-after") } });
    await moment();

    const notification = await publish([component.id], "Checkout down");
    await moment();
    await importCsv("imported-after");
    await addSubscriber({ ctx, input: { email: email("added-after"), componentIds: [] } });
    await confirmSubscription({ ctx: anonymousCtx(db), input: { token: confirmLater } });
    await reactivateSubscriber({ ctx, input: { subscriberId: reactivateLater } });
    const rejoinToken = await pendingSignup("rejoined-after");
    await confirmSubscription({ ctx: anonymousCtx(db), input: { token: rejoinToken } });
    expect(await db.subscriber.count({ where: { emailNormalized: { endsWith: `-${tag}@example.test` }, status: "active" } })).toBe(9);

    await expandAll(db, provider);
    const mine = (await recipientsOf(notification.id)).filter((r) => r.endsWith(`-${tag}@example.test`));
    expect(mine).toEqual(["added-before", "confirmed-before", "imported-before", "reactivated-before"].map(email));
  });

  it("leaves out whoever unsubscribes between the publish and the expansion", async () => {
    const { db, provider } = fresh;
    const component = await db.component.create({ data: { name: "Search" } });
    await makeSubscribers(db, 3, { prefix: "between", componentIds: [component.id] });
    const notification = await publish([component.id], "Search down");
    await db.subscriber.update({ where: { emailNormalized: "between-1@example.test" }, data: { status: "unsubscribed" } });
    await expandAll(db, provider);
    expect((await recipientsOf(notification.id)).filter((r) => r.startsWith("between-"))).toEqual([
      "between-0@example.test",
      "between-2@example.test",
    ]);
  });
});
