import { describe, expect, it } from "vitest";
import { ForbiddenError, UnauthorizedError, ValidationError } from "@/server/errors";
import { anonymousCtx, ctxAs } from "@/test/actors";
import { testDb } from "@/test/db";
import { createComponent } from "@/server/component";
import { addSubscriber } from "./add-subscriber";
import { importSubscribers } from "./import-subscribers";
import { subscribe } from "./subscribe";
import { makeComponent, uniqueEmail, uniqueIp } from "./test-fixtures";

const tagged = () => `imp${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

describe("importSubscribers", () => {
  it("imports valid rows as active and reports duplicates, bad addresses and unknown components", async () => {
    const db = testDb();
    const ctx = await ctxAs(db, "admin");
    const api = await makeComponent(db, { name: `Api ${tagged()}` });
    const t = tagged();
    const existing = `${t}-existing@example.test`;
    await addSubscriber({ ctx, input: { email: existing } });
    const unsubscribed = `${t}-gone@example.test`;
    await subscribe({ ctx: anonymousCtx(db), input: { email: unsubscribed }, ip: uniqueIp() });
    await db.subscriber.update({ where: { emailNormalized: unsubscribed }, data: { status: "unsubscribed" } });
    const pending = `${t}-pending@example.test`;
    await subscribe({ ctx: anonymousCtx(db), input: { email: pending }, ip: uniqueIp() });

    const csv = [
      "\uFEFFName,Email,Components",
      `Ann,${t}-ann@Example.test,${api.name.toUpperCase()}`,
      `Bob,"${t}-bob@example.test",`,
      `Ann again,${t}-ANN@example.test,`,
      "Nobody,not-an-email,",
      `Carol,${t}-carol@example.test,${api.name}; Billing`,
      "",
      `Existing,${existing.toUpperCase()},`,
      `Gone,${unsubscribed},`,
      `Pending,${pending},${api.name}`,
    ].join("\r\n");
    const report = await importSubscribers({ ctx, input: { csv } });
    expect(report).toEqual({
      imported: 3,
      skippedExisting: 1,
      rejectedCount: 4,
      rejected: [
        { line: 4, value: `${t}-ANN@example.test`, reason: "Duplicate of line 2 (addresses are compared ignoring case)" },
        { line: 5, value: "not-an-email", reason: "Not a valid email address" },
        { line: 6, value: `${t}-carol@example.test`, reason: "Unknown component: Billing" },
        { line: 9, value: unsubscribed, reason: "Unsubscribed earlier; only they can subscribe again" },
      ],
    });

    const rows = await db.subscriber.findMany({
      where: { emailNormalized: { startsWith: t } },
      include: { components: true },
      orderBy: { emailNormalized: "asc" },
    });
    const byEmail = Object.fromEntries(rows.map((r) => [r.emailNormalized, r]));
    expect(byEmail[`${t}-ann@example.test`]).toMatchObject({
      email: `${t}-ann@Example.test`,
      status: "active",
      source: "import",
      components: [expect.objectContaining({ componentId: api.id })],
    });
    expect(byEmail[`${t}-bob@example.test`]).toMatchObject({ status: "active", source: "import", components: [] });
    expect(byEmail[pending]).toMatchObject({
      status: "active",
      source: "signup",
      confirmNonce: null,
      components: [expect.objectContaining({ componentId: api.id })],
    });
    expect(byEmail[unsubscribed]!.status).toBe("unsubscribed");
    expect(byEmail[`${t}-carol@example.test`]).toBeUndefined();
    expect(rows.every((r) => r.manageSalt.length === 22 && r.legacyManageToken === null)).toBe(true);

    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "subscriber.import", actorId: ctx.actor.type === "user" ? ctx.actor.id : "" },
    });
    expect(JSON.parse(audit.after!)).toEqual({ imported: 3, skippedExisting: 1, rejected: 4 });
    // No confirmation emails for imported customers.
    expect(await db.delivery.count({ where: { recipient: { startsWith: `${t}-ann` } } })).toBe(0);
  });

  it("imports nothing from a broken file: unbalanced quotes, no email column, empty", async () => {
    const db = testDb();
    const ctx = await ctxAs(db, "owner");
    const t = tagged();
    const cases: Array<[string, string]> = [
      [`email\n${t}-1@example.test\n"${t}-2@example.test\n${t}-3@example.test\n`, "Line 3: a quoted field is never closed"],
      [`email\n${t}-1@example.test\n"${t}-2@example.test"x\n`, 'Line 3: unexpected "x" after a closing double quote'],
      [`name,address\nAnn,${t}-1@example.test\n`, "The first row must name an “email” column"],
      ["\n\n", "The file is empty"],
    ];
    for (const [csv, message] of cases) {
      const error = await importSubscribers({ ctx, input: { csv } }).catch((e) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect(error.fieldErrors.csv[0]).toContain(message);
    }
    expect(await db.subscriber.count({ where: { emailNormalized: { startsWith: t } } })).toBe(0);
    expect(
      await db.auditLog.count({ where: { action: "subscriber.import", actorId: ctx.actor.type === "user" ? ctx.actor.id : "" } }),
    ).toBe(0);
  });

  it("reads a stream of chunks, and a large file in batches", async () => {
    const db = testDb();
    const ctx = await ctxAs(db, "admin");
    const t = tagged();
    const lines = ["email", ...Array.from({ length: 1_200 }, (_, i) => `${t}-${i}@example.test`)];
    const text = lines.join("\n");
    async function* chunks() {
      for (let i = 0; i < text.length; i += 777) yield text.slice(i, i + 777);
    }
    const report = await importSubscribers({ ctx, input: { csv: chunks() } });
    expect(report).toEqual({ imported: 1_200, skippedExisting: 0, rejected: [], rejectedCount: 0 });
    expect(await db.subscriber.count({ where: { emailNormalized: { startsWith: `${t}-` }, status: "active" } })).toBe(1_200);
    const again = await importSubscribers({ ctx, input: { csv: text } });
    expect(again).toMatchObject({ imported: 0, skippedExisting: 1_200 });
  });

  it("lets other writers in while a large file imports: bounded transactions, not one that holds the lock throughout", async () => {
    const db = testDb();
    const ctx = await ctxAs(db, "admin");
    const t = tagged();
    const rows = 20_000;
    const csv = ["email", ...Array.from({ length: rows }, (_, i) => `${t}-${i}@example.test`)].join("\n");
    let importing = true;
    const importDone = importSubscribers({ ctx, input: { csv } }).finally(() => (importing = false));
    // Another admin keeps creating components meanwhile (each its own transaction, as in the console).
    const during: string[] = [];
    while (importing) {
      const component = await createComponent({ ctx, input: { name: `${t} during ${during.length}` } });
      if (importing) during.push(component.id);
      // Requests arrive over the network, between event-loop turns: so do these.
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect((await importDone).imported).toBe(rows);
    // With the whole file in one transaction these waited for the end (or timed out after 10 s).
    expect(during.length).toBeGreaterThanOrEqual(3);
    expect(await db.component.count({ where: { id: { in: during } } })).toBe(during.length);
    expect(await db.subscriber.count({ where: { emailNormalized: { startsWith: `${t}-` }, status: "active" } })).toBe(rows);
    const audit = await db.auditLog.findMany({ where: { action: "subscriber.import", after: { contains: `"imported":${rows}` } } });
    expect(audit).toHaveLength(1);
  });

  it("refuses viewers, editors and anonymous callers", async () => {
    const db = testDb();
    const email = uniqueEmail();
    for (const role of ["viewer", "editor"] as const) {
      await expect(importSubscribers({ ctx: await ctxAs(db, role), input: { csv: `email\n${email}` } })).rejects.toBeInstanceOf(
        ForbiddenError,
      );
    }
    await expect(importSubscribers({ ctx: anonymousCtx(db), input: { csv: `email\n${email}` } })).rejects.toBeInstanceOf(UnauthorizedError);
    expect(await db.subscriber.count({ where: { emailNormalized: email.toLowerCase() } })).toBe(0);
  });
});
