import { describe, expect, it } from "vitest";
import { testDb } from "@/test/db";
import { getAuth } from "./auth";
import { authRequest, makePasswordUser } from "@/test/fixtures/auth";

const signIn = (email: string, password: string, cookie?: string) =>
  getAuth().handler(authRequest("/sign-in/email", { email, password }, { cookie }));

/** The known-device cookie a response sets, as a request Cookie header. */
function deviceCookie(response: Response): string {
  const line = response.headers.getSetCookie().find((l) => l.startsWith("statuspage.known_device="));
  if (!line) throw new Error("no known-device cookie");
  return line.split(";")[0]!;
}

describe("sign-in limits that an attacker cannot turn against the owner", () => {
  it("sets a long-lived HttpOnly known-device cookie on a successful sign-in, and none on a failed one", async () => {
    const user = await makePasswordUser(testDb(), "viewer");
    expect((await signIn(user.email, "not the password")).headers.getSetCookie().join()).not.toMatch(/known_device/);
    const ok = await signIn(user.email, user.password);
    expect(ok.status).toBe(200);
    const line = ok.headers.getSetCookie().find((l) => l.startsWith("statuspage.known_device="))!;
    expect(line).toMatch(/HttpOnly/i);
    expect(line).toMatch(/SameSite=Lax/i);
    expect(Number(/Max-Age=(\d+)/i.exec(line)?.[1])).toBeGreaterThanOrEqual(365 * 24 * 3600);
    expect(line).toContain(user.id);
  });

  it("attack: hammering an account from many IPs gets 429, while the owner's browser signs in during the attack", async () => {
    const owner = await makePasswordUser(testDb(), "owner");
    const cookie = deviceCookie(await signIn(owner.email, owner.password));

    const statuses: number[] = [];
    for (let i = 0; i < 14; i++) statuses.push((await signIn(i % 2 ? owner.email.toUpperCase() : owner.email, `guess ${i}`)).status);
    expect(statuses).toEqual([...Array(10).fill(401), ...Array(4).fill(429)]);

    const during = await signIn(owner.email, owner.password, cookie);
    expect(during.status).toBe(200);
    expect(during.headers.getSetCookie().join()).toMatch(/statuspage\.session_token=/);
  });

  it("counts failures only: successful sign-ins from new browsers never use up the account's budget", async () => {
    const user = await makePasswordUser(testDb(), "viewer");
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await signIn(user.email, user.password)).status);
    expect(statuses).toEqual(Array(12).fill(200));
    for (let i = 0; i < 10; i++) expect((await signIn(user.email, `guess ${i}`)).status).toBe(401);
    expect((await signIn(user.email, "guess 10")).status).toBe(429);
  });

  it("a new browser during an attack is told what to do, even with the right password", async () => {
    const owner = await makePasswordUser(testDb(), "owner");
    for (let i = 0; i < 10; i++) await signIn(owner.email, `guess ${i}`);
    const blocked = await signIn(owner.email, owner.password);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(200);
    expect(blocked.headers.get("x-retry-after")).toBe(blocked.headers.get("retry-after"));
    expect((await blocked.json()).message).toMatch(
      /^Too many sign-in attempts for this account from browsers that have not signed in to it before\. Try again in 5 minutes, or sign in from a browser you have used for this account before/,
    );
  });

  it("a stolen known-device cookie still guesses slowly: 20 attempts per 5 minutes, whatever the IP", async () => {
    const owner = await makePasswordUser(testDb(), "owner");
    const cookie = deviceCookie(await signIn(owner.email, owner.password));
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) statuses.push((await signIn(owner.email, `guess ${i}`, cookie)).status);
    expect(statuses).toEqual([...Array(20).fill(401), 429]);
    const response = await signIn(owner.email, "another guess", cookie);
    expect((await response.json()).message).toMatch(
      /^Too many sign-in attempts for this account from this browser\. Try again in 5 minutes\.$/,
    );
  });

  it("a cookie from another account or a forged one counts as an unknown browser", async () => {
    const db = testDb();
    const owner = await makePasswordUser(db, "owner");
    const other = await makePasswordUser(db, "viewer");
    const otherCookie = deviceCookie(await signIn(other.email, other.password));
    const forged = otherCookie.replace(other.id, owner.id);
    for (let i = 0; i < 10; i++) await signIn(owner.email, `guess ${i}`, i % 2 ? otherCookie : forged);
    expect((await signIn(owner.email, owner.password, otherCookie)).status).toBe(429);
    expect((await signIn(owner.email, owner.password, forged)).status).toBe(429);
    // The other account's browser is still known to that account.
    expect((await signIn(other.email, other.password, otherCookie)).status).toBe(200);
  });
});
