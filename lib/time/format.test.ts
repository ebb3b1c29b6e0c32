import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatDuration, formatRelative, formatTime, isValidTimeZone, toDate, zoneLabel } from "./format";

// The model incident: 30 March 2021 (Berlin on summer time since 28 March).
const SUMMER = "2021-03-30T14:52:00Z";
const WINTER = "2021-11-25T18:40:00Z";

describe("formatDateTime", () => {
  it("formats in UTC and names it UTC", () => {
    expect(formatDateTime(SUMMER, { timeZone: "UTC" })).toBe("Mar 30, 2021, 2:52 PM UTC");
    expect(formatDateTime(new Date(SUMMER), { timeZone: "Etc/UTC" })).toBe("Mar 30, 2021, 2:52 PM UTC");
    expect(formatDateTime(Date.parse(SUMMER), { timeZone: "GMT" })).toBe("Mar 30, 2021, 2:52 PM UTC");
  });

  it("uses summer and winter time in Europe/Berlin", () => {
    expect(formatDateTime(SUMMER, { timeZone: "Europe/Berlin" })).toBe("Mar 30, 2021, 4:52 PM CEST");
    expect(formatDateTime(WINTER, { timeZone: "Europe/Berlin" })).toBe("Nov 25, 2021, 7:40 PM CET");
  });

  it("handles half-hour offsets (Asia/Kolkata) with an offset label", () => {
    expect(formatDateTime(SUMMER, { timeZone: "Asia/Kolkata" })).toBe("Mar 30, 2021, 8:22 PM GMT+5:30");
  });

  it("handles America/Los_Angeles, including the day boundary", () => {
    expect(formatDateTime(SUMMER, { timeZone: "America/Los_Angeles" })).toBe("Mar 30, 2021, 7:52 AM PDT");
    expect(formatDateTime("2021-01-01T03:00:00Z", { timeZone: "America/Los_Angeles" })).toBe("Dec 31, 2020, 7:00 PM PST");
  });

  it("leaves out the year when `now` is in the same year of the zone", () => {
    expect(formatDateTime(WINTER, { timeZone: "Europe/Berlin", now: "2021-12-01T00:00:00Z" })).toBe("Nov 25, 7:40 PM CET");
    expect(formatDateTime(WINTER, { timeZone: "Europe/Berlin", now: "2022-01-01T00:00:00Z" })).toBe("Nov 25, 2021, 7:40 PM CET");
    // 23:30 UTC on 31 Dec is already next year in Berlin.
    expect(formatDateTime("2021-12-31T23:30:00Z", { timeZone: "Europe/Berlin", now: "2022-06-01T00:00:00Z" })).toBe("Jan 1, 12:30 AM CET");
  });

  it("honours another locale", () => {
    expect(formatDateTime(SUMMER, { timeZone: "Europe/Berlin", locale: "de-DE" })).toBe("30. März 2021, 16:52 MESZ");
    expect(formatDateTime(SUMMER, { timeZone: "UTC", locale: "en-GB" })).toBe("30 Mar 2021, 14:52 UTC");
  });

  it("rejects invalid dates and zones", () => {
    expect(() => formatDateTime("not a date", { timeZone: "UTC" })).toThrow(RangeError);
    expect(() => formatDateTime(SUMMER, { timeZone: "Mars/Olympus" })).toThrow(RangeError);
  });
});

describe("DST edges", () => {
  it("Europe/Berlin spring forward: 01:59 CET is followed by 03:00 CEST", () => {
    expect(formatDateTime("2021-03-28T00:59:00Z", { timeZone: "Europe/Berlin" })).toBe("Mar 28, 2021, 1:59 AM CET");
    expect(formatDateTime("2021-03-28T01:00:00Z", { timeZone: "Europe/Berlin" })).toBe("Mar 28, 2021, 3:00 AM CEST");
  });

  it("Europe/Berlin fall back: the repeated 02:30 is told apart by the zone name", () => {
    expect(formatTime("2021-10-31T00:30:00Z", { timeZone: "Europe/Berlin" })).toBe("2:30 AM CEST");
    expect(formatTime("2021-10-31T01:30:00Z", { timeZone: "Europe/Berlin" })).toBe("2:30 AM CET");
  });

  it("America/Los_Angeles spring forward", () => {
    expect(formatTime("2021-03-14T09:59:00Z", { timeZone: "America/Los_Angeles" })).toBe("1:59 AM PST");
    expect(formatTime("2021-03-14T10:00:00Z", { timeZone: "America/Los_Angeles" })).toBe("3:00 AM PDT");
  });
});

describe("formatDate / formatTime", () => {
  it("gives the calendar date in the zone", () => {
    expect(formatDate("2021-03-30T20:00:00Z", { timeZone: "UTC" })).toBe("Mar 30, 2021");
    expect(formatDate("2021-03-30T20:00:00Z", { timeZone: "Asia/Kolkata" })).toBe("Mar 31, 2021");
    expect(formatDate("2021-03-30T03:00:00Z", { timeZone: "America/Los_Angeles" })).toBe("Mar 29, 2021");
    expect(formatDate(SUMMER, { timeZone: "UTC", now: "2021-01-01T00:00:00Z" })).toBe("Mar 30");
  });

  it("gives the time with the zone name", () => {
    expect(formatTime(SUMMER, { timeZone: "UTC" })).toBe("2:52 PM UTC");
    expect(formatTime(SUMMER, { timeZone: "Asia/Kolkata" })).toBe("8:22 PM GMT+5:30");
    expect(formatTime(SUMMER, { timeZone: "Europe/Berlin", locale: "en-GB" })).toBe("16:52 CEST");
  });
});

describe("zoneLabel", () => {
  it("names zones by abbreviation where one is well known, else by offset", () => {
    expect(zoneLabel("UTC", SUMMER)).toBe("UTC");
    expect(zoneLabel("Etc/UTC", SUMMER)).toBe("UTC");
    expect(zoneLabel("Europe/Berlin", SUMMER)).toBe("CEST");
    expect(zoneLabel("Europe/Berlin", WINTER)).toBe("CET");
    expect(zoneLabel("America/Los_Angeles", WINTER)).toBe("PST");
    expect(zoneLabel("Asia/Kolkata", SUMMER)).toBe("GMT+5:30");
    expect(zoneLabel("Europe/London", WINTER)).toBe("GMT");
    expect(zoneLabel("Europe/London", SUMMER)).toBe("BST");
  });
});

describe("isValidTimeZone", () => {
  it("accepts IANA zones and rejects the rest", () => {
    for (const tz of ["UTC", "Europe/Berlin", "Asia/Kolkata", "America/Los_Angeles", "Etc/GMT+5"]) expect(isValidTimeZone(tz)).toBe(true);
    for (const tz of ["", " ", "Mars/Olympus", "Europe/Berlin; DROP TABLE", undefined, null, 42]) expect(isValidTimeZone(tz)).toBe(false);
  });
});

describe("formatRelative", () => {
  const now = "2021-03-30T15:00:00Z";
  it.each([
    ["2021-03-30T15:00:00Z", "just now"],
    ["2021-03-30T14:59:20Z", "just now"],
    ["2021-03-30T15:00:30Z", "just now"],
    ["2021-03-30T14:59:00Z", "1 minute ago"],
    ["2021-03-30T14:48:00Z", "12 minutes ago"],
    ["2021-03-30T14:01:00Z", "59 minutes ago"],
    ["2021-03-30T14:00:20Z", "1 hour ago"],
    ["2021-03-30T14:00:00Z", "1 hour ago"],
    ["2021-03-30T10:00:00Z", "5 hours ago"],
    ["2021-03-29T15:00:00Z", "1 day ago"],
    ["2021-04-02T15:00:00Z", "in 3 days"],
    ["2021-03-30T17:00:00Z", "in 2 hours"],
    ["2021-01-29T15:00:00Z", "2 months ago"],
    ["2019-03-30T15:00:00Z", "2 years ago"],
  ])("%s → %s", (at, expected) => {
    expect(formatRelative(at, now)).toBe(expected);
  });

  it("accepts Date and other locales", () => {
    expect(formatRelative(new Date("2021-03-30T14:48:00Z"), new Date(now), "de-DE")).toBe("vor 12 Minuten");
    expect(formatRelative(now, now, "de-DE")).toBe("jetzt");
  });
});

describe("formatDuration", () => {
  it.each([
    [0, "0 min"],
    [-5, "0 min"],
    [Number.NaN, "0 min"],
    [30_000, "<1 min"],
    [45 * 60_000, "45 min"],
    [60 * 60_000, "1 h"],
    [72 * 60_000, "1 h 12 min"],
    [72 * 60_000 + 20_000, "1 h 12 min"],
    [59 * 60_000 + 50_000, "1 h"],
    [24 * 3_600_000, "1 d"],
    [51 * 3_600_000, "2 d 3 h"],
    [51 * 3_600_000 + 20 * 60_000, "2 d 3 h"],
  ])("%d ms → %s", (ms, expected) => {
    expect(formatDuration(ms)).toBe(expected);
  });

  it("spells hours and minutes out in the long style, for screen readers", () => {
    expect(formatDuration((60 + 1) * 60_000, "long")).toBe("1 hour 1 minute");
    expect(formatDuration((3 * 60 + 12) * 60_000, "long")).toBe("3 hours 12 minutes");
    expect(formatDuration(12 * 60_000, "long")).toBe("12 minutes");
    expect(formatDuration(10_000, "long")).toBe("less than a minute");
    expect(formatDuration(0, "long")).toBe("0 minutes");
  });
});

describe("toDate", () => {
  it("parses ISO strings with offsets and rejects garbage", () => {
    expect(toDate("2021-03-30T16:52:00+02:00").toISOString()).toBe("2021-03-30T14:52:00.000Z");
    expect(() => toDate("")).toThrow(RangeError);
    expect(() => toDate(Number.NaN)).toThrow(RangeError);
  });
});

describe("in the page's language", () => {
  const at = "2026-12-05T14:52:00Z";
  it("writes dates and times in the locale's own form", () => {
    expect(formatDateTime(at, { timeZone: "UTC", locale: "de-DE" })).toBe("5. Dez. 2026, 14:52 UTC");
    expect(formatDateTime(at, { timeZone: "UTC", locale: "fr-FR" })).toBe("5 déc. 2026, 14:52 UTC");
    expect(formatDateTime(at, { timeZone: "UTC", locale: "es-ES" })).toBe("5 dic 2026, 14:52 UTC");
    expect(formatDateTime(at, { timeZone: "UTC" })).toBe("Dec 5, 2026, 2:52 PM UTC");
    expect(formatDate(at, { timeZone: "Europe/Berlin", locale: "de-DE" })).toBe("5. Dez. 2026");
  });

  it("names duration units in the locale, keeping English as it was", () => {
    expect(formatDuration(72 * 60_000, "short", "de-DE")).toBe("1 Std. 12 Min.");
    expect(formatDuration(72 * 60_000, "long", "de-DE")).toBe("1 Stunde 12 Minuten");
    expect(formatDuration(72 * 60_000, "short", "fr-FR")).toBe("1 h 12 min");
    expect(formatDuration(51 * 3_600_000, "short", "es-ES")).toBe("2 d 3 h");
    expect(formatDuration(72 * 60_000, "short")).toBe("1 h 12 min");
    expect(formatDuration(48 * 3_600_000, "long", "de-DE")).toBe("48 Stunden");
  });
});
