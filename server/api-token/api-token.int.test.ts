import { describe, expect, it } from "vitest";
import { ForbiddenError, UnauthorizedError, ValidationError } from "@/server/errors";
import { ctxAs } from "@/test/actors";
import { testDb } from "@/test/db";
import { authenticateToken, createApiToken, listApiTokens, revokeApiToken } from "./index";
import { hashTokenSecret } from "./secret";

const db = testDb();
const bearer = (secret: string) => `Bearer ${secret}`;

describe("API tokens", () => {
  it("are shown once, stored as a hash, act with the creator's role (write) or as a viewer (read), and audit", async () => {
    const admin = await ctxAs(db, "admin");
    const { token, secret } = await createApiToken({ ctx: admin, input: { name: "Monitoring", scope: "write" } });
    expect(secret).toMatch(/^spk_[A-Za-z0-9_-]{43}$/);
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: token.id } });
    expect(row.tokenHash).toBe(hashTokenSecret(secret));
    expect(JSON.stringify(row)).not.toContain(secret);
    expect(JSON.stringify(await listApiTokens({ ctx: admin }))).not.toContain(row.tokenHash);

    expect(await authenticateToken(db, bearer(secret))).toEqual({ type: "token", id: token.id, name: "Monitoring", role: "admin" });
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: token.id } })).lastUsedAt).not.toBeNull();

    const read = await createApiToken({ ctx: admin, input: { name: "Dashboard", scope: "read" } });
    expect((await authenticateToken(db, bearer(read.secret))).role).toBe("viewer");

    const audit = await db.auditLog.findMany({ where: { entityId: { in: [token.id, read.token.id] } } });
    expect(audit.map((a) => a.action)).toEqual(["api_token.create", "api_token.create"]);
    expect(JSON.stringify(audit)).not.toContain(secret);
  });

  it("refuses missing, unknown, revoked and expired tokens, and those of disabled users", async () => {
    const admin = await ctxAs(db, "admin");
    await expect(authenticateToken(db, null)).rejects.toBeInstanceOf(UnauthorizedError);
    await expect(authenticateToken(db, "Basic abc")).rejects.toBeInstanceOf(UnauthorizedError);
    await expect(authenticateToken(db, bearer("spk_nope"))).rejects.toBeInstanceOf(UnauthorizedError);

    const revoked = await createApiToken({ ctx: admin, input: { name: "Old", scope: "write" } });
    await revokeApiToken({ ctx: admin, input: { tokenId: revoked.token.id } });
    await expect(authenticateToken(db, bearer(revoked.secret))).rejects.toBeInstanceOf(UnauthorizedError);
    expect((await db.auditLog.findMany({ where: { entityId: revoked.token.id } })).map((a) => a.action)).toEqual([
      "api_token.create",
      "api_token.revoke",
    ]);

    const expiring = await createApiToken({ ctx: admin, input: { name: "Short", scope: "read", expiresInDays: 1 } });
    await expect(authenticateToken(db, bearer(expiring.secret), new Date(Date.now() + 2 * 86_400_000))).rejects.toBeInstanceOf(
      UnauthorizedError,
    );

    const editor = await ctxAs(db, "editor");
    const theirs = await createApiToken({
      ctx: { ...editor, actor: { ...editor.actor, role: "admin" } as typeof editor.actor },
      input: { name: "Theirs", scope: "write" },
    });
    expect((await authenticateToken(db, bearer(theirs.secret))).role).toBe("editor"); // the creator's current role, not the one at creation
    await db.user.update({ where: { id: (editor.actor as { id: string }).id }, data: { disabledAt: new Date() } });
    await expect(authenticateToken(db, bearer(theirs.secret))).rejects.toBeInstanceOf(UnauthorizedError);
  });

  it("are managed by owners and admins only, with field errors for bad input and nothing stored", async () => {
    const editor = await ctxAs(db, "editor");
    await expect(createApiToken({ ctx: editor, input: { name: "x", scope: "write" } })).rejects.toBeInstanceOf(ForbiddenError);
    const admin = await ctxAs(db, "admin");
    const before = await db.apiToken.count();
    const error = await createApiToken({ ctx: admin, input: { name: " ", scope: "admin" as "read", expiresInDays: 0 } }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect(Object.keys((error as ValidationError).fieldErrors).sort()).toEqual(["expiresInDays", "name", "scope"]);
    expect(await db.apiToken.count()).toBe(before);
  });
});
