import { describe, expect, it } from "vitest";
import { classifySendError, isConnectionFailure, nextAttemptDelayMs, parseRetryAfter, retryDelayMs } from "./retry-policy";

describe("classifySendError", () => {
  it("treats a 5xx on the recipient as a permanent bounce", () => {
    expect(classifySendError({ responseCode: 550, command: "RCPT TO", response: "550 5.1.1 No such user" })).toEqual({
      kind: "permanent",
      bounce: true,
      reason: "550 5.1.1 No such user",
    });
  });

  it("treats a 5xx elsewhere as permanent without blaming the address", () => {
    expect(classifySendError({ responseCode: 554, command: "DATA", response: "554 rejected" })).toMatchObject({
      kind: "permanent",
      bounce: false,
    });
  });

  it("retries 4xx answers and connection errors", () => {
    expect(classifySendError({ responseCode: 451, command: "RCPT TO", response: "451 try later" }).kind).toBe("transient");
    expect(classifySendError({ code: "ECONNECTION", message: "connect ECONNREFUSED" })).toMatchObject({ kind: "transient", bounce: false });
    expect(classifySendError(new Error("something odd")).kind).toBe("transient");
  });
});

describe("retryDelayMs", () => {
  it("doubles per attempt between half and the full exponential step", () => {
    expect(retryDelayMs(1, () => 0)).toBe(15_000);
    expect(retryDelayMs(1, () => 1)).toBe(30_000);
    expect(retryDelayMs(3, () => 1)).toBe(120_000);
    expect(retryDelayMs(3, () => 0.5)).toBe(90_000);
  });

  it("is capped at an hour", () => {
    expect(retryDelayMs(30, () => 1)).toBe(3_600_000);
  });
});

describe("isConnectionFailure", () => {
  it("sends refusals, timeouts, TLS and login trouble, and 421 to the circuit", () => {
    for (const error of [
      { code: "ECONNECTION", command: "CONN", message: "connect ECONNREFUSED 127.0.0.1:2525" },
      { code: "ETIMEDOUT", command: "CONN" },
      { code: "ESOCKET", command: "CONN" },
      { code: "ETLS", command: "STARTTLS" },
      { code: "EAUTH", command: "AUTH PLAIN", responseCode: 535 },
      { code: "EPROTOCOL", command: "CONN", responseCode: 554, response: "554 no service" },
      { code: "EENVELOPE", command: "RCPT TO", responseCode: 421, response: "421 shutting down" },
    ])
      expect(isConnectionFailure(error), JSON.stringify(error)).toBe(true);
  });

  it("leaves answers about the message to its attempts", () => {
    for (const error of [
      { code: "EENVELOPE", command: "RCPT TO", responseCode: 550 },
      { code: "EENVELOPE", command: "RCPT TO", responseCode: 451 },
      { code: "EMESSAGE", command: "DATA", responseCode: 552 },
      new Error("render failed"),
    ])
      expect(isConnectionFailure(error), JSON.stringify(error)).toBe(false);
  });
});

describe("Retry-After", () => {
  const now = new Date("2026-12-05T12:00:00Z");

  it("reads delay-seconds and HTTP-dates, capped at the longest backoff; nothing for junk", () => {
    expect(parseRetryAfter("120", now)).toBe(120_000);
    expect(parseRetryAfter(" 0 ", now)).toBe(0);
    expect(parseRetryAfter("Sat, 05 Dec 2026 12:05:00 GMT", now)).toBe(300_000);
    // A date already past means "now"; a week means the longest backoff (one hour).
    expect(parseRetryAfter("Sat, 05 Dec 2026 11:00:00 GMT", now)).toBe(0);
    expect(parseRetryAfter(String(7 * 24 * 3600), now)).toBe(3_600_000);
    for (const junk of [undefined, "", "soon", "-5", "1.5"]) expect(parseRetryAfter(junk, now)).toBeNull();
  });

  it("waits our backoff, or longer when the receiver asks for longer", () => {
    const failure = { kind: "transient" as const, bounce: false, reason: "HTTP 429" };
    expect(nextAttemptDelayMs(1, failure, () => 15_000)).toBe(15_000);
    expect(nextAttemptDelayMs(1, { ...failure, retryAfterMs: 120_000 }, () => 15_000)).toBe(120_000);
    expect(nextAttemptDelayMs(5, { ...failure, retryAfterMs: 2_000 }, () => 240_000)).toBe(240_000);
  });
});
