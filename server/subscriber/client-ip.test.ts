import { describe, expect, it } from "vitest";
import { clientIp } from "./client-ip";

describe("clientIp", () => {
  it("believes only the address the front server determined, never X-Forwarded-For or X-Real-IP", () => {
    expect(clientIp(new Headers({ "x-client-address": "203.0.113.7" }))).toBe("203.0.113.7");
    expect(clientIp(new Headers({ "x-forwarded-for": "203.0.113.7", "x-real-ip": "198.51.100.2" }))).toBe("unknown");
    expect(clientIp(new Headers())).toBe("unknown");
  });
});
