import { describe, expect, it } from "vitest";
import { utcToWallTime, wallTimeToUtc } from "./zoned-time";

describe("wallTimeToUtc", () => {
  it("reads wall-clock time in the given zone", () => {
    expect(wallTimeToUtc("2021-03-30T16:52", "Europe/Berlin")?.toISOString()).toBe("2021-03-30T14:52:00.000Z");
    expect(wallTimeToUtc("2021-03-30T10:52", "America/New_York")?.toISOString()).toBe("2021-03-30T14:52:00.000Z");
    expect(wallTimeToUtc("2021-03-30T14:52", "UTC")?.toISOString()).toBe("2021-03-30T14:52:00.000Z");
  });

  it("resolves a time skipped by DST to a real instant", () => {
    // 02:30 does not exist in Berlin on 28 March 2021: clocks jump from 02:00 to 03:00.
    const skipped = wallTimeToUtc("2021-03-28T02:30", "Europe/Berlin");
    expect(skipped).not.toBeNull();
    expect(utcToWallTime(skipped!, "Europe/Berlin")).toBe("2021-03-28T03:30");
  });

  it("returns null for anything that is not a datetime-local value", () => {
    expect(wallTimeToUtc("", "UTC")).toBeNull();
    expect(wallTimeToUtc("2021-03-30", "UTC")).toBeNull();
  });
});

describe("utcToWallTime", () => {
  it("shows the instant as wall-clock time in the zone", () => {
    const instant = new Date("2021-03-30T14:52:00Z");
    expect(utcToWallTime(instant, "Europe/Berlin")).toBe("2021-03-30T16:52");
    expect(utcToWallTime(instant, "Asia/Kolkata")).toBe("2021-03-30T20:22");
  });

  it("round-trips with wallTimeToUtc", () => {
    const instant = new Date("2026-11-25T23:15:00Z");
    for (const zone of ["UTC", "Pacific/Auckland", "America/Los_Angeles"]) {
      expect(wallTimeToUtc(utcToWallTime(instant, zone), zone)?.getTime()).toBe(instant.getTime());
    }
  });
});
