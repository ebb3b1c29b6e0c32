import { describe, expect, it } from "vitest";
import { knownDeviceOf, rememberDevice } from "./known-device";

const SECRET = "test secret that is long enough";

describe("known device cookie", () => {
  it("recognises the browser for the account it signed in to, and only that account", () => {
    const cookie = rememberDevice(null, "user1", SECRET);
    expect(knownDeviceOf(cookie, "user1", SECRET)).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(knownDeviceOf(cookie, "user2", SECRET)).toBeNull();
  });

  it("keeps the device id across sign-ins and holds several accounts, newest first", () => {
    const first = rememberDevice(null, "user1", SECRET);
    const device = knownDeviceOf(first, "user1", SECRET);
    const both = rememberDevice(first, "user2", SECRET);
    expect(both.split("~")[0]).toMatch(/^user2\./);
    expect(knownDeviceOf(rememberDevice(both, "user1", SECRET), "user1", SECRET)).toBe(device);
    let many = both;
    for (let i = 3; i <= 8; i++) many = rememberDevice(many, `user${i}`, SECRET);
    expect(many.split("~")).toHaveLength(5);
    expect(knownDeviceOf(many, "user1", SECRET)).toBeNull();
  });

  it("refuses a forged, altered or re-keyed entry", () => {
    const cookie = rememberDevice(null, "user1", SECRET);
    const [userId, deviceId, mac] = cookie.split(".");
    expect(knownDeviceOf(`user2.${deviceId}.${mac}`, "user2", SECRET)).toBeNull();
    expect(knownDeviceOf(`${userId}.other.${mac}`, "user1", SECRET)).toBeNull();
    expect(knownDeviceOf(cookie, "user1", "another secret")).toBeNull();
    expect(knownDeviceOf(`${cookie}.x`, "user1", SECRET)).toBeNull();
    expect(knownDeviceOf("garbage", "user1", SECRET)).toBeNull();
    // Signed with another secret, the entry is dropped when the cookie is written again.
    expect(rememberDevice(cookie, "user2", "another secret").split("~")).toHaveLength(1);
  });
});
