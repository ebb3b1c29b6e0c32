import { describe, expect, it } from "vitest";
import type { Ctx, Tx } from "@/server/context";
import type { Db } from "@/server/db";
import { ForbiddenError, UnauthorizedError, ValidationError } from "@/server/errors";
import { anonymousCtx, ctxAs } from "@/test/actors";
import { testDb } from "@/test/db";
import { getSettings, readSettings } from "./get-settings";
import { updateSettings } from "./update-settings";

// The Setting row is shared by every test file: changes are made inside a transaction that
// is rolled back, so other tests never see them.
const ROLLBACK = new Error("rollback");
async function rolledBack(db: Db, work: (tx: Tx) => Promise<void>): Promise<void> {
  await db
    .$transaction(async (tx) => {
      await work(tx);
      throw ROLLBACK;
    })
    .catch((error) => {
      if (error !== ROLLBACK) throw error;
    });
}

const input = {
  pageName: "Acme Status",
  publicUrl: "https://status.acme.example/",
  logoUrl: "/logo.svg",
  timeZone: "America/New_York",
  senderName: "Acme Status",
  senderEmail: "status@acme.example",
  replyTo: "support@acme.example",
  logoDarkUrl: "https://cdn.acme.example/logo-dark.svg",
  faviconUrl: "/favicon.svg",
  accentColor: "#1d4ed8",
  supportUrl: "https://acme.example/support",
  footerLinks: "Privacy | https://acme.example/privacy",
  language: "de",
  uptimeWeightMajor: 1,
  uptimeWeightPartial: 0.5,
  uptimeWeightDegraded: 0.1,
};

const snapshot = async (db: Db) => {
  const { updatedAt: _ignored, ...rest } = await readSettings(db);
  return rest;
};

describe("updateSettings", () => {
  it("saves every setting, audits before/after and bumps the public revision", async () => {
    const db = testDb();
    const user = await ctxAs(db, "admin");
    const original = await snapshot(db);
    await rolledBack(db, async (tx) => {
      const ctx: Ctx = { ...user, tx };
      const revision = (await tx.publicRevision.findUnique({ where: { id: "public" } }))?.revision ?? 0;
      const saved = await updateSettings({ ctx, input });
      expect(saved).toEqual({
        ...input,
        publicUrl: "https://status.acme.example",
        footerLinks: '[{"label":"Privacy","url":"https://acme.example/privacy"}]',
      });
      expect((await tx.publicRevision.findUniqueOrThrow({ where: { id: "public" } })).revision).toBe(revision + 1);
      const audit = await tx.auditLog.findFirstOrThrow({
        where: { entityType: "settings", actorId: user.actor.type === "user" ? user.actor.id : "" },
      });
      expect(audit.action).toBe("settings.update");
      expect(JSON.parse(audit.before!)).toEqual(original);
      expect(JSON.parse(audit.after!)).toEqual(saved);
      expect(await getSettings({ ctx })).toMatchObject({ timeZone: "America/New_York", uptimeWeightPartial: 0.5 });
    });
    expect(await snapshot(db)).toEqual(original);
  });

  it("names each bad field and stores nothing", async () => {
    const db = testDb();
    const ctx = await ctxAs(db, "owner");
    const original = await snapshot(db);
    const error = await updateSettings({
      ctx,
      input: {
        ...input,
        publicUrl: "status.acme.example",
        logoUrl: "http://insecure.example/logo.png",
        timeZone: "Nowhere/City",
        senderEmail: "x",
        replyTo: "not an address",
        uptimeWeightPartial: 1.2,
        language: "xx",
      },
    }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(Object.keys(error.fieldErrors).sort()).toEqual([
      "language",
      "logoUrl",
      "publicUrl",
      "replyTo",
      "senderEmail",
      "timeZone",
      "uptimeWeightPartial",
    ]);
    const order = await updateSettings({ ctx, input: { ...input, uptimeWeightDegraded: 0.9 } }).catch((e) => e);
    expect(order.fieldErrors).toEqual({ uptimeWeightDegraded: ["Degraded performance cannot weigh more than a partial outage"] });
    const language = await updateSettings({ ctx, input: { ...input, language: "xx" } }).catch((e) => e);
    expect(language.fieldErrors).toEqual({ language: ["Language must be one of en, de, fr, es"] });
    expect(await snapshot(db)).toEqual(original);
    expect(await db.auditLog.count({ where: { entityType: "settings", actorId: ctx.actor.type === "user" ? ctx.actor.id : "" } })).toBe(0);
  });

  it("keeps the page's language when a client leaves the field out", async () => {
    const db = testDb();
    const user = await ctxAs(db, "admin");
    await rolledBack(db, async (tx) => {
      const ctx: Ctx = { ...user, tx };
      expect((await updateSettings({ ctx, input: { ...input, language: "fr" } })).language).toBe("fr");
      const { language: _omitted, ...withoutLanguage } = input;
      expect((await updateSettings({ ctx, input: withoutLanguage })).language).toBe("fr");
    });
  });

  it("refuses editors, viewers and anonymous callers before touching anything", async () => {
    const db = testDb();
    const original = await snapshot(db);
    for (const role of ["editor", "viewer"] as const) {
      await expect(updateSettings({ ctx: await ctxAs(db, role), input })).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(updateSettings({ ctx: anonymousCtx(db), input })).rejects.toBeInstanceOf(UnauthorizedError);
    expect(await snapshot(db)).toEqual(original);
  });
});

describe("getSettings", () => {
  it("is readable by every signed-in role, not anonymously", async () => {
    const db = testDb();
    expect(await getSettings({ ctx: await ctxAs(db, "viewer") })).toHaveProperty("pageName");
    await expect(getSettings({ ctx: anonymousCtx(db) })).rejects.toBeInstanceOf(UnauthorizedError);
  });
});
