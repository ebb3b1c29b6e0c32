import { describe, expect, it } from "vitest";
import { classifySendError, retryDelayMs } from "./retry-policy";

describe("classifySendError", () => {
  it("treats a 5xx on the recipient as a permanent bounce", () => {
    expect(classifySendError({ responseCode: 550, command: "RCPT TO", response: "550 5.1.1 No such user" })).toEqual({
      kind: "permanent",
      bounce: true,
      reason: "550 5.1.1 No such user",
    });
  });

  it("treats a 5xx elsewhere as permanent without blaming the address", () => {
    expect(classifySendError({ responseCode: 554, command: "DATA", response: "554 rejected" })).toMatchObject({ kind: "permanent", bounce: false });
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
