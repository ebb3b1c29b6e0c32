import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expandNextBatch } from "@/server/delivery/expand";
import { composeConfirmation } from "@/server/delivery/compose";
import { addIncidentUpdate, createIncident, resolveIncident } from "@/server/incident";
import { scheduleMaintenance } from "@/server/maintenance";
import {
  confirmSubscription,
  getConfirmation,
  getSubscriptionByToken,
  subscribe,
  unsubscribe,
  updateSubscription,
} from "@/server/subscriber";
import { confirmTokenFor, manageTokenFor } from "@/server/subscriber/tokens";
import { anonymousCtx } from "@/test/actors";
import { freshDatabase, type FreshDatabase } from "@/test/fresh-db";
import { fixtureCtx } from "@/test/fixtures/incident";
import { smtpTransport, type MailTransport } from "@/lib/mailer";
import { drain, expandAll, makeSubscribers } from "@/test/fixtures/outbox";
import { SmtpCatcher } from "@/test/smtp-catcher";
import { uniqueIp } from "@/test/fixtures/subscriber";
import { followerKey } from "./follow";

// Its own database: expansion takes any waiting notification, so it cannot share one with other files.
let fresh: FreshDatabase;
const catcher = new SmtpCatcher();
let transport: MailTransport;
beforeAll(async () => {
  fresh = await freshDatabase("follow");
  await catcher.start();
  transport = smtpTransport({ url: catcher.url, poolSize: 1, rateLimit: 0 });
}, 120_000);
afterAll(async () => {
  transport?.close();
  await catcher.stop();
  await fresh?.drop();
});

async function open(title: string, componentIds: string[]) {
  return createIncident({
    ctx: fixtureCtx(fresh.db),
    input: {
      title,
      impact: "major",
      components: componentIds.map((componentId) => ({ componentId, status: "major_outage" })),
      body: "Investigating.",
      publish: true,
      notify: true,
    },
  });
}

/** Follows `incidentId` as `email` and confirms it; returns the row. */
async function follow(email: string, incidentId: string, { confirm = true } = {}) {
  const { db } = fresh;
  await subscribe({ ctx: anonymousCtx(db), input: { email, componentIds: [], incidentId }, ip: uniqueIp() });
  const row = await db.subscriber.findUniqueOrThrow({ where: { emailNormalized: followerKey(incidentId, email) } });
  if (confirm) await confirmSubscription({ ctx: anonymousCtx(db), input: { token: confirmTokenFor(row)! } });
  return db.subscriber.findUniqueOrThrow({ where: { id: row.id } });
}

/** Expands everything waiting; then what `email` was sent, as "kind: title", oldest first. */
async function sentTo(email: string) {
  await expandAll(fresh.db, fresh.provider, 2);
  const rows = await fresh.db.delivery.findMany({
    where: { recipient: email, notification: { kind: { not: "subscription_confirm" } } },
    select: { notification: { select: { kind: true, incident: { select: { title: true } }, maintenance: { select: { title: true } } } } },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((r) => `${r.notification.kind}: ${r.notification.incident?.title ?? r.notification.maintenance?.title ?? ""}`);
}

describe("following one incident", () => {
  it("gets that incident's updates and resolution, nothing else, then ends", async () => {
    const { db, provider } = fresh;
    const api = await db.component.create({ data: { name: "API" } });
    const followed = await open("Checkout errors", [api.id]);
    const other = await open("Login slow", [api.id]);
    await expandAll(db, provider);
    // A page subscriber alongside, whose mail must not change.
    await makeSubscribers(db, 1, { prefix: "page" });

    // The same inbox follows the incident and is a page subscriber too: two rows, each with its own links.
    const email = "fan@example.test";
    const pending = await follow(email, followed.id, { confirm: false });
    expect(pending).toMatchObject({ status: "pending", incidentId: followed.id, email });
    const confirmation = await composeConfirmation(db, pending.id);
    expect(confirmation.subject).toBe("Confirm: follow “Checkout errors” on Status");
    expect(confirmation.text).toContain("about one incident");
    expect(confirmation.text).toContain("Checkout errors");
    expect(confirmation.text).toContain(`/incidents/${followed.slug}`);
    // In the page's language, like every email.
    await db.setting.upsert({ where: { id: "default" }, create: { language: "de" }, update: { language: "de" } });
    const german = await composeConfirmation(db, pending.id);
    expect(german.subject).toBe("Bestätigen: „Checkout errors“ auf Status folgen");
    expect(german.text).toContain("E-Mails zu einer Störung erhalten, Checkout errors");
    await db.setting.update({ where: { id: "default" }, data: { language: "en" } });
    await confirmSubscription({ ctx: anonymousCtx(db), input: { token: confirmTokenFor(pending)! } });
    expect(await sentTo(email)).toEqual([]); // published before following: not resent

    await addIncidentUpdate({
      ctx: fixtureCtx(db),
      input: { incidentId: followed.id, status: "identified", body: "A bad deploy.", notify: true },
    });
    await addIncidentUpdate({ ctx: fixtureCtx(db), input: { incidentId: other.id, status: "identified", body: "Cache.", notify: true } });
    await scheduleMaintenance({
      ctx: fixtureCtx(db),
      input: {
        title: "Database upgrade",
        body: "Upgrading.",
        scheduledStart: new Date(Date.now() + 86_400_000).toISOString(),
        scheduledEnd: new Date(Date.now() + 90_000_000).toISOString(),
        componentIds: [api.id],
      },
    });
    // An update not emailed stays unemailed, for followers as for everyone.
    await addIncidentUpdate({
      ctx: fixtureCtx(db),
      input: { incidentId: followed.id, status: "monitoring", body: "Quiet.", notify: false },
    });
    expect(await sentTo(email)).toEqual(["incident_updated: Checkout errors"]);
    expect(await sentTo("page-0@example.test")).toEqual([
      "incident_updated: Checkout errors",
      "incident_updated: Login slow",
      "maintenance_scheduled: Database upgrade",
    ]);

    // The resolution reaches the follower, and the subscription ends with it: the worker still
    // sends what was written for them before the end.
    await resolveIncident({ ctx: fixtureCtx(db), input: { incidentId: followed.id, body: "Fixed.", notify: true } });
    expect((await db.subscriber.findUniqueOrThrow({ where: { id: pending.id } })).status).toBe("active"); // not yet expanded
    const resolution = await db.notification.findFirstOrThrow({ where: { incidentId: followed.id, kind: "incident_resolved" } });
    await drain(db, provider, transport, resolution.id);
    expect(await sentTo(email)).toEqual(["incident_updated: Checkout errors", "incident_resolved: Checkout errors"]);
    const ended = await db.subscriber.findUniqueOrThrow({ where: { id: pending.id } });
    expect(ended.status).toBe("ended");
    expect(ended.unsubscribedAt).toBeInstanceOf(Date);
    expect(await db.delivery.findFirstOrThrow({ where: { notificationId: resolution.id, subscriberId: ended.id } })).toMatchObject({
      state: "sent",
    });
    expect(catcher.mails.filter((m) => m.to.includes(email)).map((m) => m.subject)).toEqual([
      "[Status] Update: Checkout errors",
      "[Status] Resolved: Checkout errors",
    ]);

    // Reopened afterwards: nothing more reaches the ended follower.
    await addIncidentUpdate({
      ctx: fixtureCtx(db),
      input: { incidentId: followed.id, status: "investigating", body: "Back.", notify: true },
    });
    expect(await sentTo(email)).toHaveLength(2);
    const view = await getSubscriptionByToken({ ctx: anonymousCtx(db), input: { manageToken: manageTokenFor(ended) } });
    expect(view).toMatchObject({ status: "ended", incident: { title: "Checkout errors", slug: followed.slug } });
    expect(await expandNextBatch(db, provider)).toBeNull();
  });

  it("refuses a resolved, unpublished or unknown incident with a field error, and stores nothing", async () => {
    const { db } = fresh;
    const done = await open("Done already", []);
    await resolveIncident({ ctx: fixtureCtx(db), input: { incidentId: done.id, notify: false } });
    const draft = await createIncident({
      ctx: fixtureCtx(db),
      input: { title: "Draft", impact: "minor", components: [], body: "x", publish: false, notify: false },
    });
    const before = await db.subscriber.count();
    for (const [incidentId, message] of [
      [done.id, /resolved/],
      [draft.id, /does not exist/],
      ["nope", /does not exist/],
    ] as const) {
      await expect(
        subscribe({ ctx: anonymousCtx(db), input: { email: "late@example.test", componentIds: [], incidentId }, ip: uniqueIp() }),
      ).rejects.toMatchObject({ fieldErrors: { incidentId: [expect.stringMatching(message)] } });
    }
    expect(await db.subscriber.count()).toBe(before);
  });

  it("ends unconfirmed followers too, and their link then says why; a silent resolution ends them at once", async () => {
    const { db } = fresh;
    const incident = await open("Queue backlog", []);
    const waiting = await follow("slow@example.test", incident.id, { confirm: false });
    const left = await follow("left@example.test", incident.id);
    await unsubscribe({ ctx: anonymousCtx(db), input: { manageToken: manageTokenFor(left) } });
    const active = await follow("quiet@example.test", incident.id);
    await expect(
      updateSubscription({ ctx: anonymousCtx(db), input: { manageToken: manageTokenFor(active), componentIds: [] } }),
    ).rejects.toMatchObject({ fieldErrors: { componentIds: [expect.stringMatching(/one incident/)] } });

    await resolveIncident({ ctx: fixtureCtx(db), input: { incidentId: incident.id, notify: false } });
    const statuses = await db.subscriber.findMany({ where: { incidentId: incident.id }, select: { email: true, status: true } });
    expect(Object.fromEntries(statuses.map((s) => [s.email, s.status]))).toEqual({
      "slow@example.test": "ended",
      "left@example.test": "unsubscribed",
      "quiet@example.test": "ended",
    });
    const token = confirmTokenFor(waiting)!;
    expect(await getConfirmation({ ctx: anonymousCtx(db), input: { token } })).toEqual({
      ok: false,
      message: expect.stringMatching(/resolved/),
    });
    await expect(confirmSubscription({ ctx: anonymousCtx(db), input: { token } })).rejects.toThrow(/resolved/);
  });
});
