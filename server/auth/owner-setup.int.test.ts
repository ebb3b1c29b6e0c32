import { verifyPassword } from "better-auth/crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { ConflictError, ValidationError } from "@/server/errors";
import { freshDatabase, type FreshDatabase } from "@/test/fresh-db";
import { checkOwnerSetupToken, issueOwnerSetupToken, OWNER_SETUP_IDENTIFIER, ownerSetupUrl, setupOwner } from "./owner-setup";
import { hashLinkToken } from "./tokens";

// "No owner yet" is a whole-database state: this file gets a database of its own.
let fresh: FreshDatabase;
beforeAll(async () => {
  fresh = await freshDatabase("owner_setup");
});
afterAll(async () => fresh?.drop());

const anonymous = () => ({ db: fresh.db, actor: { type: "anonymous" as const } });
const input = (token: string, overrides: Record<string, unknown> = {}) => ({
  token,
  name: "Olivia Owner",
  email: "Olivia@Example.com",
  password: "a long enough passphrase",
  confirmPassword: "a long enough passphrase",
  ...overrides,
});

describe("owner setup (runs in order)", () => {
  it("issues a 24-hour token of which only the sha-256 is stored", async () => {
    const now = new Date();
    const token = (await issueOwnerSetupToken(fresh.db, now))!;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const rows = await fresh.db.verification.findMany({ where: { identifier: OWNER_SETUP_IDENTIFIER } });
    expect(rows).toEqual([expect.objectContaining({ value: hashLinkToken(token), expiresAt: new Date(now.getTime() + 86_400_000) })]);
    expect(ownerSetupUrl(token)).toBe(`${env.baseUrl}/admin/setup?token=${token}`);
  });

  it("replaces the previous token on every issue", async () => {
    const first = (await issueOwnerSetupToken(fresh.db))!;
    const second = (await issueOwnerSetupToken(fresh.db))!;
    expect(await checkOwnerSetupToken(fresh.db, first)).toBe("invalid");
    expect(await checkOwnerSetupToken(fresh.db, second)).toBe("valid");
    const error = await setupOwner({ ctx: anonymous(), input: input(first) }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.fieldErrors.token[0]).toMatch(/not valid/);
  });

  it("refuses an expired token and creates nothing", async () => {
    const token = (await issueOwnerSetupToken(fresh.db))!;
    const later = new Date(Date.now() + 25 * 3_600_000);
    expect(await checkOwnerSetupToken(fresh.db, token, later)).toBe("expired");
    const error = await setupOwner({ ctx: anonymous(), input: input(token), now: later }).catch((e) => e);
    expect(error.fieldErrors.token[0]).toMatch(/expired/);
    expect(await fresh.db.user.count()).toBe(0);
  });

  it("names each bad field, stores nothing and leaves the token usable", async () => {
    const token = (await issueOwnerSetupToken(fresh.db))!;
    const error = await setupOwner({
      ctx: anonymous(),
      input: input(token, { name: " ", email: "not-an-email", password: "short", confirmPassword: "other" }),
    }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(Object.keys(error.fieldErrors).sort()).toEqual(["confirmPassword", "email", "name", "password"]);
    expect(error.fieldErrors.password).toEqual(["Use at least 12 characters"]);
    expect(await fresh.db.user.count()).toBe(0);
    expect(await checkOwnerSetupToken(fresh.db, token)).toBe("valid");
  });

  it("refuses a guessable password with the estimator's advice, and leaves the token usable", async () => {
    const token = (await issueOwnerSetupToken(fresh.db))!;
    for (const password of ["aaaaaaaaaaaa", "password1234", "Olivia Owner 1"]) {
      const error = await setupOwner({ ctx: anonymous(), input: input(token, { password, confirmPassword: password }) }).catch((e) => e);
      expect(error, password).toBeInstanceOf(ValidationError);
      expect(Object.keys(error.fieldErrors)).toEqual(["password"]);
      expect(error.fieldErrors.password[0]).toMatch(/^This password is too easy to guess\. /);
    }
    expect(await fresh.db.user.count()).toBe(0);
    expect(await checkOwnerSetupToken(fresh.db, token)).toBe("valid");
  });

  it("creates the owner with a better-auth password, consumes the token and audits", async () => {
    const token = (await issueOwnerSetupToken(fresh.db))!;
    const owner = await setupOwner({ ctx: anonymous(), input: input(token) });
    expect(owner).toMatchObject({ name: "Olivia Owner", email: "olivia@example.com", role: "owner" });
    const account = await fresh.db.account.findFirstOrThrow({ where: { userId: owner.id } });
    expect(account).toMatchObject({ providerId: "credential", accountId: owner.id });
    expect(await verifyPassword({ hash: account.password!, password: "a long enough passphrase" })).toBe(true);
    expect(await fresh.db.verification.count({ where: { identifier: OWNER_SETUP_IDENTIFIER } })).toBe(0);
    const audit = await fresh.db.auditLog.findMany({ where: { entityId: owner.id } });
    expect(audit).toEqual([expect.objectContaining({ action: "user.setup-owner", actorType: "user", actorId: owner.id })]);
    expect(audit[0]!.after).not.toContain("password");
  });

  it("is single use and issues no more tokens once an owner exists", async () => {
    expect(await issueOwnerSetupToken(fresh.db)).toBeNull();
    expect(await checkOwnerSetupToken(fresh.db, "anything")).toBe("done");
    await expect(setupOwner({ ctx: anonymous(), input: input("anything", { email: "second@example.com" }) })).rejects.toBeInstanceOf(
      ConflictError,
    );
    expect(await fresh.db.user.count()).toBe(1);
  });
});
