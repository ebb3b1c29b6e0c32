import { describe, expect, it } from "vitest";
import { ConflictError, ForbiddenError, UnauthorizedError } from "@/server/errors";
import { anonymousCtx, ctxAs } from "@/test/actors";
import { testDb } from "@/test/db";
import { addSubscriber } from "./add-subscriber";
import { exportSubscribersText } from "./export-subscribers";
import { getSubscriber } from "./get-subscriber";
import { listSubscribers } from "./list-subscribers";
import { reactivateSubscriber } from "./reactivate-subscriber";
import { removeSubscriber } from "./remove-subscriber";
import { subscribe } from "./subscribe";
import { suppressSubscriber } from "./suppress-subscriber";
import { makeComponent, subscriberState, uniqueEmail, uniqueIp } from "@/test/fixtures/subscriber";
import { manageTokenFor } from "./tokens";

describe("admin subscriber verbs", () => {
  it("adds a pre-confirmed subscriber without an email, audited without its tokens", async () => {
    const db = testDb();
    const ctx = await ctxAs(db, "admin");
    const component = await makeComponent(db);
    const email = uniqueEmail();
    const added = await addSubscriber({ ctx, input: { email, componentIds: [component.id] } });
    const { subscriber, deliveries } = await subscriberState(db, email);
    expect(subscriber).toMatchObject({ id: added.id, status: "active", source: "admin", confirmNonce: null });
    expect(subscriber!.confirmedAt).toBeInstanceOf(Date);
    expect(deliveries).toEqual([]);
    const audit = await db.auditLog.findMany({ where: { entityType: "subscriber", entityId: added.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "subscriber.add", actorType: "user" });
    expect(JSON.parse(audit[0]!.after!)).toEqual({ email, status: "active", source: "admin", componentIds: [component.id] });
    expect(audit[0]!.after).not.toContain(manageTokenFor(subscriber!));

    await expect(addSubscriber({ ctx, input: { email: email.toUpperCase() } })).rejects.toBeInstanceOf(ConflictError);
  });

  it("confirms a pending sign-up but refuses an address that unsubscribed", async () => {
    const db = testDb();
    const ctx = await ctxAs(db, "owner");
    const email = uniqueEmail();
    await subscribe({ ctx: anonymousCtx(db), input: { email }, ip: uniqueIp() });
    await addSubscriber({ ctx, input: { email } });
    const { subscriber } = await subscriberState(db, email);
    expect(subscriber).toMatchObject({ status: "active", source: "signup", confirmNonce: null });

    await db.subscriber.update({ where: { id: subscriber!.id }, data: { status: "unsubscribed" } });
    const error = await addSubscriber({ ctx, input: { email } }).catch((e) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.message).toContain("unsubscribed; only they can subscribe again");
  });

  it("lists with search, status filter, counts per status and cursor pages", async () => {
    const db = testDb();
    const ctx = await ctxAs(db, "viewer");
    const admin = await ctxAs(db, "admin");
    const tag = `list${Date.now().toString(36)}`;
    const emails = Array.from({ length: 5 }, (_, i) => `${tag}-${i}@Example.test`);
    for (const email of emails) await addSubscriber({ ctx: admin, input: { email } });
    await subscribe({ ctx: anonymousCtx(db), input: { email: `${tag}-pending@example.test` }, ip: uniqueIp() });

    const all = await listSubscribers({ ctx, input: { search: tag.toUpperCase(), limit: 2 } });
    expect(all.counts).toMatchObject({ total: 6, active: 5, pending: 1, unsubscribed: 0, bounced: 0, complained: 0 });
    expect(all.items).toHaveLength(2);
    const seen = [...all.items];
    let cursor = all.nextCursor;
    while (cursor) {
      const page = await listSubscribers({ ctx, input: { search: tag, limit: 2, cursor } });
      seen.push(...page.items);
      cursor = page.nextCursor;
    }
    expect(seen.map((s) => s.email).sort()).toEqual([...emails, `${tag}-pending@example.test`].sort());

    const pendingOnly = await listSubscribers({ ctx, input: { search: tag, status: "pending" } });
    expect(pendingOnly.items.map((s) => s.status)).toEqual(["pending"]);
    expect(pendingOnly.counts.total).toBe(6);
  });

  it("removes a subscriber but keeps their delivery history", async () => {
    const db = testDb();
    const ctx = await ctxAs(db, "admin");
    const email = uniqueEmail();
    await subscribe({ ctx: anonymousCtx(db), input: { email }, ip: uniqueIp() });
    const { subscriber, deliveries } = await subscriberState(db, email);
    const detail = await getSubscriber({ ctx, input: { subscriberId: subscriber!.id } });
    expect(detail.deliveries).toEqual([
      expect.objectContaining({ id: deliveries[0]!.id, state: "queued", attempts: 0, event: "Subscription confirmation" }),
    ]);

    await removeSubscriber({ ctx, input: { subscriberId: subscriber!.id } });
    expect((await subscriberState(db, email)).subscriber).toBeNull();
    expect(await db.delivery.findUnique({ where: { id: deliveries[0]!.id } })).toMatchObject({ subscriberId: null, recipient: email });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: subscriber!.id, action: "subscriber.remove" } });
    expect(JSON.parse(audit.before!)).toMatchObject({ email, status: "pending" });
  });

  it("suppresses and reactivates, audited; an unsubscribed address cannot be reactivated", async () => {
    const db = testDb();
    const ctx = await ctxAs(db, "admin");
    const { id } = await addSubscriber({ ctx, input: { email: uniqueEmail() } });
    await suppressSubscriber({ ctx, input: { subscriberId: id, status: "complained", reason: "Marked as spam" } });
    expect(await db.subscriber.findUnique({ where: { id } })).toMatchObject({ status: "complained", suppressReason: "Marked as spam" });
    await reactivateSubscriber({ ctx, input: { subscriberId: id } });
    expect(await db.subscriber.findUnique({ where: { id } })).toMatchObject({ status: "active", suppressReason: null, suppressedAt: null });
    const actions = (await db.auditLog.findMany({ where: { entityId: id } })).map((a) => a.action).sort();
    expect(actions).toEqual(["subscriber.add", "subscriber.reactivate", "subscriber.suppress"]);

    await db.subscriber.update({ where: { id }, data: { status: "unsubscribed" } });
    await expect(reactivateSubscriber({ ctx, input: { subscriberId: id } })).rejects.toBeInstanceOf(ConflictError);
  });

  it("exports CSV with components, quoting what needs it", async () => {
    const db = testDb();
    const ctx = await ctxAs(db, "admin");
    const component = await makeComponent(db, { name: `API, "v2" ${Date.now()}` });
    const email = uniqueEmail("export");
    await addSubscriber({ ctx, input: { email, componentIds: [component.id] } });
    const csv = await exportSubscribersText({ ctx });
    expect(csv.startsWith("email,status,source,components,created_at\r\n")).toBe(true);
    const line = csv.split("\r\n").find((l) => l.startsWith(email))!;
    expect(line).toMatch(
      new RegExp(`^${email.replace(/[.]/g, "\\.")},active,admin,"${component.name.replaceAll('"', '""')}",\\d{4}-\\d\\d-\\d\\dT`),
    );
  });

  it("lets viewers read but not change; anonymous callers get nothing", async () => {
    const db = testDb();
    const viewer = await ctxAs(db, "viewer");
    const editor = await ctxAs(db, "editor");
    const { id } = await addSubscriber({ ctx: await ctxAs(db, "admin"), input: { email: uniqueEmail() } });
    await expect(getSubscriber({ ctx: viewer, input: { subscriberId: id } })).resolves.toMatchObject({ id });
    for (const ctx of [viewer, editor]) {
      await expect(addSubscriber({ ctx, input: { email: uniqueEmail() } })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(removeSubscriber({ ctx, input: { subscriberId: id } })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(suppressSubscriber({ ctx, input: { subscriberId: id } })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(reactivateSubscriber({ ctx, input: { subscriberId: id } })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(exportSubscribersText({ ctx })).rejects.toBeInstanceOf(ForbiddenError);
    }
    const anonymous = anonymousCtx(db);
    await expect(listSubscribers({ ctx: anonymous, input: {} })).rejects.toBeInstanceOf(UnauthorizedError);
    await expect(getSubscriber({ ctx: anonymous, input: { subscriberId: id } })).rejects.toBeInstanceOf(UnauthorizedError);
    await expect(exportSubscribersText({ ctx: anonymous })).rejects.toBeInstanceOf(UnauthorizedError);
    expect(await db.subscriber.findUnique({ where: { id } })).toMatchObject({ status: "active" });
  });
});
