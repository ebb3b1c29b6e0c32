import { describe, expect, it } from "vitest";
import { ForbiddenError, UnauthorizedError, ValidationError } from "@/server/errors";
import { anonymousCtx, ctxAs } from "@/test/actors";
import { testDb } from "@/test/db";
import { createComponent } from "@/server/component";
import { addSubscriber } from "./add-subscriber";
import { importNow } from "@/test/fixtures/subscriber-import";
import { importSubscribers } from "./import/queue-import";
import { subscribe } from "./subscribe";
import { makeComponent, uniqueEmail, uniqueIp } from "@/test/fixtures/subscriber";

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
    const report = await importNow(ctx, csv);
    expect(report).toMatchObject({
      status: "done",
      rows: 5,
      written: 5,
      error: null,
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
    expect(JSON.parse(audit.after!)).toEqual({ imported: 3, skippedExisting: 1, rejected: 4, rows: 5 });
    expect(audit.entityId).toBe(report.id);
    // No confirmation emails for imported customers.
    expect(await db.delivery.count({ where: { recipient: { startsWith: `${t}-ann` } } })).toBe(0);
  });

  it("refuses at upload a file without an email column, an empty or binary file, and one whose start is not CSV; stores no import", async () => {
    const db = testDb();
    const ctx = await ctxAs(db, "owner");
    const t = tagged();
    const cases: Array<[string, string]> = [
      [`email\n${t}-1@example.test\n"${t}-2@example.test\n${t}-3@example.test\n`, "Line 3: a quoted field is never closed"],
      [`email\n${t}-1@example.test\n"${t}-2@example.test"x\n`, 'Line 3: unexpected "x" after a closing double quote'],
      [`name,address\nAnn,${t}-1@example.test\n`, "The first row must name an “email” column"],
      ["\n\n", "The file is empty"],
      [`email\n${t}-1@example.test\u0000\n`, "control character"],
    ];
    const before = await db.subscriberImport.count();
    for (const [csv, message] of cases) {
      const error = await importSubscribers({ ctx, input: { csv } }).catch((e) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect(error.fieldErrors.csv[0]).toContain(message);
    }
    // An upload arrives as a stream of chunks, which the schema cannot look into: checked on arrival.
    async function* binary() {
      yield `email\n${t}-2@example.test\n`;
      yield "\u0000\u0001";
    }
    const error = await importSubscribers({ ctx, input: { csv: binary() } }).catch((e) => e);
    expect(error.fieldErrors.csv[0]).toContain("NUL characters");
    expect(await db.subscriberImport.count()).toBe(before);
    expect(await db.subscriber.count({ where: { emailNormalized: { startsWith: t } } })).toBe(0);
  });

  it("answers the upload at once with a queued import, and writes nothing until a worker runs it", async () => {
    const db = testDb();
    const ctx = await ctxAs(db, "admin");
    const t = tagged();
    const queued = await importSubscribers({ ctx, input: { csv: `email\n${t}-1@example.test\n` } });
    expect(queued).toMatchObject({
      status: "queued",
      rows: null,
      written: 0,
      imported: 0,
      by: ctx.actor.type === "user" ? ctx.actor.email : "",
    });
    expect(await db.subscriber.count({ where: { emailNormalized: { startsWith: t } } })).toBe(0);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "subscriber.import.queue", entityId: queued.id } });
    expect(JSON.parse(audit.after!)).toEqual({ bytes: queued.bytes });
    // Left queued: mark it done so no worker in another test file's database picks it up later.
    await db.subscriberImport.update({ where: { id: queued.id }, data: { status: "done", csv: "" } });
  });

  it("fails an import whose rows further down are not valid CSV, imports none of it, and says why", async () => {
    const db = testDb();
    const ctx = await ctxAs(db, "owner");
    const t = tagged();
    // Past the first 64 KB, which the upload checks itself: the worker's check finds these.
    const start = ["email", ...Array.from({ length: 4_000 }, (_, i) => `${t}-${i}@example.test`)].join("\n");
    const cases: Array<[string, string]> = [
      [`${start}\n"${t}-x@example.test\n${t}-y@example.test\n`, "Line 4002: a quoted field is never closed"],
      [`${start}\n"${t}-x@example.test"x\n`, 'Line 4002: unexpected "x" after a closing double quote'],
    ];
    for (const [csv, message] of cases) {
      const job = await importNow(ctx, csv);
      expect(job).toMatchObject({ status: "failed", imported: 0 });
      expect(job.error).toContain(message);
      expect(job.finishedAt).not.toBeNull();
      const audit = await db.auditLog.findFirstOrThrow({ where: { action: "subscriber.import", entityId: job.id } });
      expect(JSON.parse(audit.after!).error).toContain(message);
      expect(audit.actorId).toBe(ctx.actor.type === "user" ? ctx.actor.id : "");
      expect((await db.subscriberImport.findUniqueOrThrow({ where: { id: job.id } })).csv).toBe("");
    }
    expect(await db.subscriber.count({ where: { emailNormalized: { startsWith: t } } })).toBe(0);
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
    const report = await importNow(ctx, chunks(), { batchSize: 100 });
    expect(report).toMatchObject({ status: "done", imported: 1_200, skippedExisting: 0, rejected: [], rejectedCount: 0 });
    expect(await db.subscriber.count({ where: { emailNormalized: { startsWith: `${t}-` }, status: "active" } })).toBe(1_200);
    const again = await importNow(ctx, text);
    expect(again).toMatchObject({ imported: 0, skippedExisting: 1_200 });
  });

  it("lets other writers in while a large file imports: bounded transactions, not one that holds the lock throughout", async () => {
    const db = testDb();
    const ctx = await ctxAs(db, "admin");
    const t = tagged();
    const rows = 20_000;
    const csv = ["email", ...Array.from({ length: rows }, (_, i) => `${t}-${i}@example.test`)].join("\n");
    let importing = true;
    const importDone = importNow(ctx, csv, { batchSize: 250 }).finally(() => (importing = false));
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
