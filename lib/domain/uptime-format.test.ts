import { describe, expect, it } from "vitest";
import { formatDay, formatUptime } from "./uptime-format";

describe("formatUptime", () => {
  it("truncates to two decimals so that less than 1 never shows 100.00%", () => {
    expect(formatUptime(0.99999)).toBe("99.99%");
    expect(formatUptime(0.99996)).toBe("99.99%");
    expect(formatUptime(0.999999999)).toBe("99.99%");
    expect(formatUptime(0.9998)).toBe("99.98%"); // 0.9998 × 10000 is 9997.999… in floating point
    expect(formatUptime(0.123456)).toBe("12.34%");
    expect(formatUptime(0.5)).toBe("50.00%");
    expect(formatUptime(0)).toBe("0.00%");
  });

  it("shows exactly 1 as 100% and nothing observed as a dash", () => {
    expect(formatUptime(1)).toBe("100%");
    expect(formatUptime(null)).toBe("—");
  });
});

describe("formatDay", () => {
  it("writes an unambiguous day, optionally with the weekday", () => {
    expect(formatDay("2026-11-25")).toBe("25 Nov 2026");
    expect(formatDay("2026-03-01", { weekday: true })).toBe("Sun, 1 Mar 2026");
  });
});

describe("formatDay in other languages", () => {
  it("uses the locale's day and month names", () => {
    expect(formatDay("2026-12-05", { locale: "de-DE" })).toBe("5. Dez. 2026");
    expect(formatDay("2026-12-05", { weekday: true, locale: "fr-FR" })).toBe("sam. 5 déc. 2026");
    expect(formatDay("2026-12-05", { weekday: true })).toBe("Sat, 5 Dec 2026");
  });
});
