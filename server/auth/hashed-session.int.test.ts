import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { disableUser } from "@/server/team/disable-user";
import { ctxAs } from "@/test/actors";
import { testDb } from "@/test/db";
import { getAuth } from "./auth";
import { hashSessionToken } from "./hashed-session-adapter";
import { getActor } from "./session";
import { authRequest, makePasswordUser, signedInHeaders } from "@/test/fixtures/auth";

const COOKIE = "statuspage.session_token";

/** The token inside a signed session cookie (`token.signature`, URI-encoded). */
function cookieToken(cookieHeader: string): string {
  const pair = cookieHeader.split(/;\s*/).find((part) => part.startsWith(`${COOKIE}=`));
  if (!pair) throw new Error(`no ${COOKIE} in ${cookieHeader}`);
  const signed = decodeURIComponent(pair.slice(COOKIE.length + 1));
  return signed.slice(0, signed.lastIndexOf("."));
}

/** A session cookie for `token`, signed with the app's secret the way better-auth signs it. */
async function signedCookie(token: string): Promise<Headers> {
  const { secret } = await getAuth().$context;
  const signature = createHmac("sha256", secret).update(token).digest("base64");
  return new Headers({ cookie: `${COOKIE}=${encodeURIComponent(`${token}.${signature}`)}` });
}

async function signInOverHttp(email: string, password: string) {
  const response = await getAuth().handler(authRequest("/sign-in/email", { email, password }));
  expect(response.status).toBe(200);
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
  return { cookie, token: cookieToken(cookie) };
}

describe("session tokens stored hashed", () => {
  it("stores sha-256 of the cookie's token; the cookie signs in, the stored value does not", async () => {
    const db = testDb();
    const user = await makePasswordUser(db, "editor");
    const { cookie, token } = await signInOverHttp(user.email, user.password);
    const [row] = await db.session.findMany({ where: { userId: user.id } });
    expect(row!.token).not.toBe(token);
    expect(row!.token).toBe(hashSessionToken(token));

    expect(await getActor(new Headers({ cookie }))).toMatchObject({ type: "user", id: user.id });
    // The same signing turns the real token into a working cookie, so the refusal below is the hash's doing.
    expect(await getActor(await signedCookie(token))).toMatchObject({ type: "user", id: user.id });
    expect(await getActor(await signedCookie(row!.token))).toEqual({ type: "anonymous" });
    expect(await getAuth().api.getSession({ headers: await signedCookie(row!.token) })).toBeNull();
  });

  it("answers getSession with the cookie's token, and a renewal keeps the cookie's token", async () => {
    const db = testDb();
    const user = await makePasswordUser(db, "viewer");
    const headers = await signedInHeaders(user.email, user.password);
    const token = cookieToken(headers.get("cookie")!);
    expect((await getAuth().api.getSession({ headers }))?.session.token).toBe(token);

    // Old enough to be renewed (updateAge is a day): better-auth updates the row by token and re-sets the cookie.
    const { expiresIn } = (await getAuth().$context).sessionConfig;
    const stale = new Date(Date.now() + (expiresIn - 2 * 86_400) * 1000);
    await db.session.updateMany({ where: { userId: user.id }, data: { expiresAt: stale } });
    const renewed = await getAuth().api.getSession({ headers, asResponse: true });
    expect(renewed.status).toBe(200);
    expect(cookieToken(renewed.headers.getSetCookie().join("; "))).toBe(token);
    const row = await db.session.findFirstOrThrow({ where: { userId: user.id } });
    expect(row.expiresAt.getTime()).toBeGreaterThan(stale.getTime() + 86_400_000);
    expect(row.token).toBe(hashSessionToken(token));
  });

  it("finds several sessions by their tokens at once", async () => {
    const db = testDb();
    const user = await makePasswordUser(db, "viewer");
    const tokens = [
      cookieToken((await signedInHeaders(user.email, user.password)).get("cookie")!),
      cookieToken((await signedInHeaders(user.email, user.password)).get("cookie")!),
    ];
    const { internalAdapter } = await getAuth().$context;
    const found = await internalAdapter.findSessions([...tokens, "not-a-token"]);
    expect(found.map((s) => s.session.token).sort()).toEqual([...tokens].sort());
    await internalAdapter.deleteSessions(tokens);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
  });

  it("sign-out deletes the row", async () => {
    const db = testDb();
    const user = await makePasswordUser(db, "viewer");
    const { cookie, token } = await signInOverHttp(user.email, user.password);
    expect(await db.session.count({ where: { token: hashSessionToken(token) } })).toBe(1);
    const response = await getAuth().handler(authRequest("/sign-out", {}, { cookie }));
    expect(response.status).toBe(200);
    expect(await db.session.count({ where: { token: hashSessionToken(token) } })).toBe(0);
    expect(await getActor(new Headers({ cookie }))).toEqual({ type: "anonymous" });
  });

  it("disabling a member ends their sessions", async () => {
    const db = testDb();
    const member = await makePasswordUser(db, "editor");
    const { cookie } = await signInOverHttp(member.email, member.password);
    await disableUser({ ctx: await ctxAs(db, "admin"), input: { userId: member.id } });
    expect(await db.session.count({ where: { userId: member.id } })).toBe(0);
    expect(await getActor(new Headers({ cookie }))).toEqual({ type: "anonymous" });
  });

  it("a password change (inside better-auth's transaction) stores the new session hashed and cookies its token", async () => {
    const db = testDb();
    const user = await makePasswordUser(db, "viewer");
    const { cookie } = await signInOverHttp(user.email, user.password);
    const password = "an entirely new passphrase";
    const response = await getAuth().handler(
      authRequest("/change-password", { currentPassword: user.password, newPassword: password, revokeOtherSessions: true }, { cookie }),
    );
    expect(response.status).toBe(200);
    const renewed = response.headers
      .getSetCookie()
      .map((line) => line.split(";")[0])
      .join("; ");
    const token = cookieToken(renewed);
    expect(await db.session.findMany({ where: { userId: user.id }, select: { token: true } })).toEqual([
      { token: hashSessionToken(token) },
    ]);
    expect(await getActor(new Headers({ cookie: renewed }))).toMatchObject({ id: user.id });
    expect(await getActor(new Headers({ cookie }))).toEqual({ type: "anonymous" });
  });

  it("offers no endpoint that would take a listed (hashed) token back", async () => {
    const db = testDb();
    const user = await makePasswordUser(db, "viewer");
    const { cookie } = await signInOverHttp(user.email, user.password);
    for (const path of ["/list-sessions", "/revoke-session", "/revoke-other-sessions"]) {
      expect((await getAuth().handler(authRequest(path, {}, { cookie }))).status, path).toBe(404);
    }
  });

  it("refuses a partial match on a token rather than silently finding nothing", async () => {
    const { adapter } = await getAuth().$context;
    await expect(adapter.findMany({ model: "session", where: [{ field: "token", operator: "starts_with", value: "a" }] })).rejects.toThrow(
      /stored hashed/,
    );
  });
});
