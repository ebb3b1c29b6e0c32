import { describe, expect, it } from "vitest";
import { zonedIso, zonedIsoOrNull } from "./zoned-time";

describe("zonedIso", () => {
  it("writes the instant in the page's zone with its offset, summer and winter", () => {
    expect(zonedIso("2024-07-01T12:00:00.000Z", "America/Los_Angeles")).toBe("2024-07-01T05:00:00.000-07:00");
    expect(zonedIso("2024-01-15T12:00:00.000Z", "America/Los_Angeles")).toBe("2024-01-15T04:00:00.000-08:00");
    expect(zonedIso("2024-01-15T12:00:00.000Z", "Asia/Kolkata")).toBe("2024-01-15T17:30:00.000+05:30");
  });

  it("uses +00:00 for UTC and for an unknown zone; keeps null", () => {
    expect(zonedIso("2024-01-15T12:00:00.123Z", "UTC")).toBe("2024-01-15T12:00:00.123+00:00");
    expect(zonedIso("2024-01-15T12:00:00.000Z", "Not/AZone")).toBe("2024-01-15T12:00:00.000+00:00");
    expect(zonedIsoOrNull(null, "UTC")).toBeNull();
  });

  it("names the same instant", () => {
    const iso = "2024-03-31T01:30:00.000Z";
    expect(new Date(zonedIso(iso, "Europe/Berlin")).toISOString()).toBe(iso);
  });
});
