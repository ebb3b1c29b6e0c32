import { describe, expect, it } from "vitest";
import { BlockedAddressError, guardedLookup, isPrivateAddress } from "./address-guard";

describe("webhook address guard", () => {
  it("refuses loopback, private, link-local, CGNAT and unique-local addresses, in both families", () => {
    for (const address of [
      "127.0.0.1",
      "10.1.2.3",
      "172.16.0.1",
      "172.31.255.255",
      "192.168.1.10",
      "169.254.169.254",
      "100.64.0.1",
      "0.0.0.0",
      "::1",
      "::",
      "fd00::1",
      "fe80::1",
      "::ffff:10.0.0.1",
      "::ffff:127.0.0.1",
      "::ffff:7f00:1",
      "::127.0.0.1",
      "::7f00:1",
      "::ffff:0:7f00:1",
      "::ffff:0:127.0.0.1",
      "64:ff9b::7f00:1",
      "64:ff9b::10.0.0.1",
      "64:ff9b:1::a9fe:a9fe",
      "2002:c0a8:101::1",
      "fe80::1%eth0",
    ]) {
      expect(isPrivateAddress(address), address).toBe(true);
    }
  });

  it("lets public addresses through", () => {
    for (const address of [
      "1.1.1.1",
      "172.32.0.1",
      "192.169.0.1",
      "100.128.0.1",
      "8.8.8.8",
      "2606:4700::1111",
      "::ffff:8.8.8.8",
      "::ffff:808:808",
      "64:ff9b::808:808",
      "2002:808:808::1",
      "2001:4860:4860::8888",
    ]) {
      expect(isPrivateAddress(address), address).toBe(false);
    }
  });

  it("fails a name that resolves to a private address", async () => {
    const result = await new Promise<unknown>((resolve) => guardedLookup("localhost", {}, (error) => resolve(error)));
    expect(result).toBeInstanceOf(BlockedAddressError);
    expect((result as Error).message).toMatch(/WEBHOOK_ALLOW_PRIVATE=true/);
  });
});
