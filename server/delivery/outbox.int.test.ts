import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { announce } from "@/server/outbox/email";
import { freshDatabase, type FreshDatabase } from "@/test/fresh-db";
import { expandAll } from "@/test/fixtures/outbox";
import { claimDeliveries } from "./claim";

let fresh: FreshDatabase;
beforeAll(async () => {
  fresh = await freshDatabase("outbox");
}, 120_000);
afterAll(() => fresh?.drop());

async function incidentOn(db: FreshDatabase["db"], componentIds: string[]) {
  return db.incident.create({
    data: {
      slug: `i-${Math.random().toString(36).slice(2)}`,
      title: "t",
      startedAt: new Date(),
      publishedAt: new Date(),
      components: { create: componentIds.map((componentId) => ({ componentId })) },
    },
  });
}

describe("outbox", () => {
  it("writes exactly one delivery per matching active subscriber", async () => {
    const { db } = fresh;
    const [api, web] = await Promise.all([db.component.create({ data: { name: "api" } }), db.component.create({ data: { name: "web" } })]);
    const sub = (email: string, status: string, componentIds: string[] = []) =>
      db.subscriber.create({
        data: {
          email,
          emailNormalized: email.toLowerCase(),
          status,
          manageSalt: `m-${email}`,
          components: { create: componentIds.map((componentId) => ({ componentId })) },
        },
      });
    await Promise.all([
      sub("all@x.test", "active"),
      sub("api@x.test", "active", [api.id]),
      sub("both@x.test", "active", [api.id, web.id]),
      sub("web@x.test", "active", [web.id]),
      sub("pending@x.test", "pending"),
      sub("gone@x.test", "unsubscribed"),
      sub("bounced@x.test", "bounced"),
      sub("complained@x.test", "complained"),
    ]);
    const incident = await incidentOn(db, [api.id]);
    const id = await db.$transaction((tx) => announce(tx, { kind: "incident_published", incidentId: incident.id }));
    // The publish names the audience; the worker's expansion writes the deliveries.
    expect(await db.delivery.count({ where: { notificationId: id } })).toBe(0);
    await expandAll(db, fresh.provider);
    const deliveries = await db.delivery.findMany({ where: { notificationId: id } });
    expect(deliveries.map((d) => d.recipient).sort()).toEqual(["all@x.test", "api@x.test", "both@x.test"]);
    expect(deliveries.every((d) => d.state === "queued" && d.attempts === 0)).toBe(true);
    expect((await db.notification.findUniqueOrThrow({ where: { id } })).recipients).toBe(3);
  });

  it("claims each due delivery once across claimers and reclaims expired leases", async () => {
    const { db, provider } = fresh;
    const claimedA = await claimDeliveries(db, provider, { owner: "a", limit: 2, leaseMs: 60_000 });
    const claimedB = await claimDeliveries(db, provider, { owner: "b", limit: 10, leaseMs: 60_000 });
    expect(claimedA).toHaveLength(2);
    expect(claimedB.filter((id) => claimedA.includes(id))).toEqual([]);
    expect(await claimDeliveries(db, provider, { owner: "c", limit: 10, leaseMs: 60_000 })).toEqual([]);

    // Worker "a" died: two minutes later its lease has expired and "c" takes its deliveries over.
    const later = new Date(Date.now() + 120_000);
    const reclaimed = await claimDeliveries(db, provider, { owner: "c", limit: 10, leaseMs: 60_000, now: later });
    expect(reclaimed.sort()).toEqual([...claimedA, ...claimedB].sort());
    const rows = await db.delivery.findMany({ where: { id: { in: reclaimed } } });
    expect(rows.every((r) => r.leaseOwner === "c" && r.attempts === 2 && r.state === "sending")).toBe(true);
  });
});
