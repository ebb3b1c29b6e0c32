import { describe, expect, it } from "vitest";
import { rateSubject } from "./rate-subject";

describe("rateSubject", () => {
  it("keeps IPv4 addresses and anything that is not an address", () => {
    expect(rateSubject("203.0.113.7")).toBe("203.0.113.7");
    expect(rateSubject("unknown")).toBe("unknown");
  });

  it("counts an IPv6 address by its /64, however it is written", () => {
    const expected = "2001:db8:0:1::/64";
    for (const ip of ["2001:db8:0:1::1", "2001:0db8:0000:0001:ffff:ffff:ffff:ffff", "2001:DB8:0:1:a::", "2001:db8::1:0:0:0:5"]) {
      expect(rateSubject(ip), ip).toBe(expected);
    }
    expect(rateSubject("::1")).toBe("0:0:0:0::/64");
    expect(rateSubject("2001:db8:0:2::1")).not.toBe(expected);
  });
});
