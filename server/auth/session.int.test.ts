import { describe, expect, it } from "vitest";
import { testDb } from "@/test/db";
import { getAuth } from "./auth";
import { getActor } from "./session";
import { makePasswordUser, signedInHeaders } from "@/test/fixtures/auth";

describe("getActor", () => {
  it("is the signed-in user, with their role, for a session made by better-auth", async () => {
    const db = testDb();
    const user = await makePasswordUser(db, "editor");
    const headers = await signedInHeaders(user.email, user.password);
    expect(await getActor(headers)).toEqual({ type: "user", id: user.id, email: user.email, name: user.name, role: "editor" });
  });

  it("follows role changes without signing in again", async () => {
    const db = testDb();
    const user = await makePasswordUser(db, "viewer");
    const headers = await signedInHeaders(user.email, user.password);
    await db.user.update({ where: { id: user.id }, data: { role: "admin" } });
    expect(await getActor(headers)).toMatchObject({ type: "user", role: "admin" });
  });

  it("is anonymous without a cookie, with a forged one, or after sign-out", async () => {
    const db = testDb();
    expect(await getActor(new Headers())).toEqual({ type: "anonymous" });
    expect(await getActor(new Headers({ cookie: "statuspage.session_token=forged.value" }))).toEqual({ type: "anonymous" });
    const user = await makePasswordUser(db, "admin");
    const headers = await signedInHeaders(user.email, user.password);
    await getAuth().api.signOut({ headers });
    expect(await getActor(headers)).toEqual({ type: "anonymous" });
  });

  it("is anonymous for a disabled user, and a disabled user cannot sign in", async () => {
    const db = testDb();
    const user = await makePasswordUser(db, "owner");
    const headers = await signedInHeaders(user.email, user.password);
    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await getActor(headers)).toEqual({ type: "anonymous" });
    await expect(signedInHeaders(user.email, user.password)).rejects.toThrow(/403.*disabled/);
  });

  it("is anonymous for a role the app does not know", async () => {
    const db = testDb();
    const user = await makePasswordUser(db, "viewer");
    const headers = await signedInHeaders(user.email, user.password);
    await db.user.update({ where: { id: user.id }, data: { role: "superuser" } });
    expect(await getActor(headers)).toEqual({ type: "anonymous" });
  });
});
