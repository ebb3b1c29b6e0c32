import { describe, expect, it } from "vitest";
import { testDb } from "@/test/db";
import { getAuth } from "./auth";
import { consumeRateLimit } from "./rate-limit";
import { authRequest, makePasswordUser, uniqueEmail, uniqueIp } from "@/test/fixtures/auth";

const key = () => `test|${Date.now()}-${Math.random().toString(36).slice(2)}`;

describe("consumeRateLimit", () => {
  it("allows max attempts per window, then refuses with the seconds to wait, then allows again", async () => {
    const db = testDb();
    const k = key();
    const rule = { windowSeconds: 60, max: 3 };
    const t0 = Date.now();
    for (let i = 0; i < 3; i++) expect((await consumeRateLimit(db, k, rule, t0 + i * 1000)).allowed).toBe(true);
    // The window started with the first attempt: it ends 57 s after this one.
    expect(await consumeRateLimit(db, k, rule, t0 + 3000)).toEqual({ allowed: false, retryAfter: 57 });
    expect((await consumeRateLimit(db, k, rule, t0 + 59_999)).allowed).toBe(false);
    expect((await consumeRateLimit(db, k, rule, t0 + 60_000)).allowed).toBe(true);
  });

  it("never refuses a client that keeps below the limit, however long it goes on", async () => {
    const db = testDb();
    const k = key();
    const rule = { windowSeconds: 60, max: 300 };
    const t0 = Date.now();
    // 100 a minute (one every 600 ms) for five minutes: a third of the limit.
    for (let i = 0; i < 500; i++) expect((await consumeRateLimit(db, k, rule, t0 + i * 600)).allowed).toBe(true);
  });

  it("counts concurrent attempts exactly once each", async () => {
    const db = testDb();
    const k = key();
    const results = await Promise.all(Array.from({ length: 8 }, () => consumeRateLimit(db, k, { windowSeconds: 60, max: 5 })));
    expect(results.filter((r) => r.allowed)).toHaveLength(5);
  });
});

describe("better-auth over HTTP", () => {
  it("limits sign-in per IP in the database: the sixth attempt within a minute gets 429", async () => {
    const db = testDb();
    const ip = uniqueIp();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const response = await getAuth().handler(
        authRequest("/sign-in/email", { email: uniqueEmail("nobody"), password: "wrong password!" }, { ip }),
      );
      statuses.push(response.status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    expect(await db.rateLimit.findUnique({ where: { key: `${ip}|/sign-in/email` } })).toMatchObject({ count: 5 });
  });

  it("limits sign-in per account whatever the IP", async () => {
    const email = uniqueEmail("target");
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      statuses.push((await getAuth().handler(authRequest("/sign-in/email", { email, password: "wrong password!" }))).status);
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    const last = await getAuth().handler(authRequest("/sign-in/email", { email, password: "wrong password!" }));
    expect(last.status).toBe(429);
    expect((await last.json()).message).toMatch(/Too many sign-in attempts for this account/);
  });

  it("signs in with the right password and refuses the wrong one", async () => {
    const user = await makePasswordUser(testDb(), "viewer");
    const wrong = await getAuth().handler(authRequest("/sign-in/email", { email: user.email, password: "not the password" }));
    expect(wrong.status).toBe(401);
    const right = await getAuth().handler(authRequest("/sign-in/email", { email: user.email.toUpperCase(), password: user.password }));
    expect(right.status).toBe(200);
    expect(right.headers.getSetCookie().join()).toMatch(/statuspage\.session_token=/);
  });

  it("has no public sign-up (nor any endpoint the console does not use)", async () => {
    const db = testDb();
    const email = uniqueEmail("signup");
    const response = await getAuth().handler(authRequest("/sign-up/email", { email, password: "a long enough password", name: "Mallory" }));
    expect(response.status).toBe(404);
    expect(await db.user.findUnique({ where: { email } })).toBeNull();
    expect((await getAuth().handler(authRequest("/request-password-reset", { email }))).status).toBe(404);
  });

  it("does not let users change their own role or disabled flag", async () => {
    const db = testDb();
    const user = await makePasswordUser(db, "viewer");
    const signIn = await getAuth().handler(authRequest("/sign-in/email", { email: user.email, password: user.password }));
    const cookie = signIn.headers
      .getSetCookie()
      .map((line) => line.split(";")[0])
      .join("; ");
    const response = await getAuth().handler(
      authRequest("/update-user", { role: "owner", disabledAt: null, name: "Still a viewer" }, { cookie }),
    );
    expect(response.status).toBe(404);
    expect(await db.user.findUnique({ where: { id: user.id } })).toMatchObject({ role: "viewer", name: user.name });
  });

  it("refuses cookie-carrying requests from another origin", async () => {
    const user = await makePasswordUser(testDb(), "viewer");
    const request = authRequest("/sign-in/email", { email: user.email, password: user.password }, { cookie: "x=1" });
    request.headers.set("origin", "https://evil.example");
    expect((await getAuth().handler(request)).status).toBe(403);
  });
});
