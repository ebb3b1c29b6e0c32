import { describe, expect, it } from "vitest";
import { clientAddress, parseTrustedProxies } from "./client-address";

describe("clientAddress", () => {
  it("trusts nobody by default: X-Forwarded-For changes nothing", () => {
    const trust = parseTrustedProxies(undefined);
    expect(clientAddress("203.0.113.9", "1.2.3.4", trust)).toBe("203.0.113.9");
    expect(clientAddress("::ffff:203.0.113.9", undefined, trust)).toBe("203.0.113.9");
    expect(clientAddress(undefined, "1.2.3.4", trust)).toBe("unknown");
  });

  it("behind one proxy takes the address that proxy saw, whatever the client prepended", () => {
    const trust = parseTrustedProxies("1");
    expect(clientAddress("127.0.0.1", "198.51.100.7", trust)).toBe("198.51.100.7");
    // The classic forgery: the client sends its own header and the proxy appends the real address.
    expect(clientAddress("127.0.0.1", "1.2.3.4, 198.51.100.7", trust)).toBe("198.51.100.7");
    expect(clientAddress("127.0.0.1", "1.2.3.4, 127.0.0.1", trust)).toBe("127.0.0.1");
    expect(clientAddress("127.0.0.1", "not-an-ip", trust)).toBe("unknown");
    expect(clientAddress("127.0.0.1", undefined, trust)).toBe("127.0.0.1");
  });

  it("with two proxies skips both", () => {
    expect(clientAddress("10.0.0.2", "9.9.9.9, 198.51.100.7, 10.0.0.1", parseTrustedProxies("2"))).toBe("198.51.100.7");
  });

  it("with trusted ranges walks back past every trusted proxy only", () => {
    const trust = parseTrustedProxies("10.0.0.0/8, ::1, 192.0.2.1");
    expect(clientAddress("10.1.2.3", "198.51.100.7, 192.0.2.1", trust)).toBe("198.51.100.7");
    expect(clientAddress("::1", "2001:db8::5", trust)).toBe("2001:db8::5");
    // A forged entry behind an untrusted hop is ignored: the untrusted hop is the client.
    expect(clientAddress("10.1.2.3", "1.2.3.4, 198.51.100.7", trust)).toBe("198.51.100.7");
    // The request did not come through a trusted proxy at all: its header counts for nothing.
    expect(clientAddress("203.0.113.9", "1.2.3.4", trust)).toBe("203.0.113.9");
  });

  it("refuses settings it cannot read", () => {
    expect(() => parseTrustedProxies("10.0.0.0/99")).toThrow(/prefix/);
    expect(() => parseTrustedProxies("proxy.internal")).toThrow(/not an IP/);
  });
});
