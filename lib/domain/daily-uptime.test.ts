import { describe, expect, it } from "vitest";
import { dailyUptime, type DayUptime, type UptimeWindow } from "./daily-uptime";
import { formatUptime } from "@/lib/domain/uptime-format";

const MIN = 60_000;
const H = 60 * MIN;
const DAY = 24 * H;
const at = (iso: string) => Date.parse(iso);
// Wednesday 25 Nov 2026, 12:00 UTC: "today" has 12 observed hours in UTC.
const NOW = at("2026-11-25T12:00:00Z");
const FULL_RANGE_MS = 89 * DAY + 12 * H;

function day(days: DayUptime[], date: string): DayUptime {
  const found = days.find((d) => d.date === date);
  if (!found) throw new Error(`no day ${date}`);
  return found;
}

function win(start: string, end: string | null, severity: UptimeWindow["severity"], incidentId?: string | null): UptimeWindow {
  return { start: at(start), end: end === null ? null : at(end), severity, incidentId };
}

describe("dailyUptime", () => {
  it("is 100% with no windows, over 90 calendar days ending today", () => {
    const { days, uptime } = dailyUptime({ windows: [], maintenance: [], now: NOW, timeZone: "UTC" });
    expect(days).toHaveLength(90);
    expect(days[0]!.date).toBe("2026-08-28");
    expect(days[0]!.start).toBe(at("2026-08-28T00:00:00Z"));
    expect(days.at(-1)!.date).toBe("2026-11-25");
    expect(days.at(-1)!.end).toBe(NOW);
    expect(days.every((d) => d.level === "operational" && d.uptime === 1 && d.downtimeMs === 0)).toBe(true);
    expect(days.reduce((sum, d) => sum + d.observedMs, 0)).toBe(FULL_RANGE_MS);
    expect(uptime).toBe(1);
    expect(formatUptime(uptime)).toBe("100%");
  });

  it("splits a window crossing midnight in UTC", () => {
    const windows = [win("2026-11-23T23:00:00Z", "2026-11-24T01:30:00Z", "major", "inc-1")];
    const { days, uptime } = dailyUptime({ windows, maintenance: [], now: NOW, timeZone: "UTC" });
    expect(day(days, "2026-11-23")).toMatchObject({ downtimeMs: 60 * MIN, bySeverityMs: { major: 60 * MIN }, level: "major" });
    expect(day(days, "2026-11-24")).toMatchObject({ downtimeMs: 90 * MIN, level: "major", incidentIds: ["inc-1"] });
    expect(day(days, "2026-11-23").uptime).toBeCloseTo(1 - 60 / 1440, 12);
    expect(day(days, "2026-11-22").level).toBe("operational");
    expect(uptime).toBeCloseTo(1 - (150 * MIN) / FULL_RANGE_MS, 12);
  });

  it("splits at local midnight in America/New_York (UTC−5 in November)", () => {
    // 23:30 EST on the 23rd to 01:00 EST on the 24th.
    const windows = [win("2026-11-24T04:30:00Z", "2026-11-24T06:00:00Z", "partial")];
    const { days } = dailyUptime({ windows, maintenance: [], now: NOW, timeZone: "America/New_York" });
    expect(days.at(-1)!.date).toBe("2026-11-25");
    expect(day(days, "2026-11-23").start).toBe(at("2026-11-23T05:00:00Z"));
    expect(day(days, "2026-11-23").bySeverityMs.partial).toBe(30 * MIN);
    expect(day(days, "2026-11-24").bySeverityMs.partial).toBe(60 * MIN);
    expect(day(days, "2026-11-24").downtimeMs).toBeCloseTo(18 * MIN, 6);
    // Today (since 05:00 UTC) has 7 observed hours.
    expect(days.at(-1)!.observedMs).toBe(7 * H);
  });

  it("splits at local midnight in Asia/Kolkata (UTC+05:30)", () => {
    // 23:30 IST on the 23rd to 00:30 IST on the 24th; all on the 23rd in UTC.
    const windows = [win("2026-11-23T18:00:00Z", "2026-11-23T19:00:00Z", "major")];
    const kolkata = dailyUptime({ windows, maintenance: [], now: NOW, timeZone: "Asia/Kolkata" }).days;
    expect(day(kolkata, "2026-11-24").start).toBe(at("2026-11-23T18:30:00Z"));
    expect(day(kolkata, "2026-11-23").downtimeMs).toBe(30 * MIN);
    expect(day(kolkata, "2026-11-24").downtimeMs).toBe(30 * MIN);
    const utc = dailyUptime({ windows, maintenance: [], now: NOW, timeZone: "UTC" }).days;
    expect(day(utc, "2026-11-23").downtimeMs).toBe(60 * MIN);
    expect(day(utc, "2026-11-24").downtimeMs).toBe(0);
  });

  it("takes the worst of overlapping windows without counting any minute twice", () => {
    const windows = [
      win("2026-11-24T10:00:00Z", "2026-11-24T11:00:00Z", "degraded"),
      win("2026-11-24T10:30:00Z", "2026-11-24T10:45:00Z", "partial"),
      win("2026-11-24T10:40:00Z", "2026-11-24T10:50:00Z", "major"),
    ];
    const { days } = dailyUptime({ windows, maintenance: [], now: NOW, timeZone: "UTC" });
    const d = day(days, "2026-11-24");
    // 10:00–10:30 degraded, 10:30–10:40 partial, 10:40–10:50 major, 10:50–11:00 degraded.
    expect(d.bySeverityMs).toEqual({ major: 10 * MIN, partial: 10 * MIN, degraded: 40 * MIN });
    expect(d.downtimeMs).toBeCloseTo(10 * MIN + 3 * MIN, 6);
    expect(d.observedMs).toBe(DAY);
    expect(d.level).toBe("major");
  });

  it("counts nested windows once", () => {
    const windows = [
      win("2026-11-24T08:00:00Z", "2026-11-24T12:00:00Z", "partial"),
      win("2026-11-24T09:00:00Z", "2026-11-24T10:00:00Z", "major"),
      win("2026-11-24T09:15:00Z", "2026-11-24T09:45:00Z", "major"),
    ];
    const d = day(dailyUptime({ windows, maintenance: [], now: NOW, timeZone: "UTC" }).days, "2026-11-24");
    expect(d.bySeverityMs).toEqual({ major: 60 * MIN, partial: 180 * MIN, degraded: 0 });
    expect(d.downtimeMs).toBeCloseTo(60 * MIN + 54 * MIN, 6);
  });

  it("runs an open window until now and ignores time after now", () => {
    const windows = [win("2026-11-25T11:00:00Z", null, "major"), win("2026-11-25T11:30:00Z", "2026-11-26T00:00:00Z", "partial")];
    const { days } = dailyUptime({ windows, maintenance: [], now: NOW, timeZone: "UTC" });
    const today = days.at(-1)!;
    expect(today.observedMs).toBe(12 * H);
    expect(today.bySeverityMs).toEqual({ major: 60 * MIN, partial: 0, degraded: 0 });
    expect(today.uptime).toBeCloseTo(1 - 60 / 720, 12);
  });

  it("clips a window spanning the 90-day edge and ignores windows before it", () => {
    const windows = [
      win("2026-08-27T22:00:00Z", "2026-08-28T02:00:00Z", "major", "edge"),
      win("2026-08-01T00:00:00Z", "2026-08-02T00:00:00Z", "major", "old"),
    ];
    const { days, uptime } = dailyUptime({ windows, maintenance: [], now: NOW, timeZone: "UTC" });
    expect(days[0]!).toMatchObject({ date: "2026-08-28", downtimeMs: 120 * MIN, incidentIds: ["edge"] });
    expect(days.flatMap((d) => d.incidentIds)).toEqual(["edge"]);
    expect(uptime).toBeCloseTo(1 - (120 * MIN) / FULL_RANGE_MS, 12);
  });

  it("excludes maintenance from observed time and downtime, also under a window", () => {
    const windows = [win("2026-11-24T11:00:00Z", "2026-11-24T13:00:00Z", "major")];
    const maintenance = [
      { start: at("2026-11-24T10:00:00Z"), end: at("2026-11-24T12:00:00Z") },
      { start: at("2026-11-22T01:00:00Z"), end: at("2026-11-22T04:00:00Z") },
      { start: at("2026-11-25T10:00:00Z"), end: null },
    ];
    const { days } = dailyUptime({ windows, maintenance, now: NOW, timeZone: "UTC" });
    const d = day(days, "2026-11-24");
    expect(d).toMatchObject({ maintenanceMs: 120 * MIN, observedMs: 22 * H, downtimeMs: 60 * MIN, level: "major" });
    expect(d.uptime).toBeCloseTo(1 - 60 / (22 * 60), 12);
    expect(day(days, "2026-11-22")).toMatchObject({ level: "maintenance", maintenanceMs: 3 * H, observedMs: 21 * H, uptime: 1 });
    expect(days.at(-1)!).toMatchObject({ level: "maintenance", maintenanceMs: 2 * H, observedMs: 10 * H });
  });

  it("observes nothing before the component's start date", () => {
    const since = at("2026-11-15T12:00:00Z"); // 10 days before NOW
    const windows = [
      win("2026-11-10T10:00:00Z", "2026-11-10T11:00:00Z", "major"),
      win("2026-11-15T11:00:00Z", "2026-11-15T13:00:00Z", "major"),
      win("2026-11-20T10:00:00Z", "2026-11-20T11:00:00Z", "major"),
    ];
    const { days, uptime } = dailyUptime({ windows, maintenance: [], now: NOW, timeZone: "UTC", since });
    const before = days.filter((d) => d.date < "2026-11-15");
    expect(before).toHaveLength(79);
    expect(before.every((d) => d.level === "no_data" && d.uptime === null && d.observedMs === 0)).toBe(true);
    expect(day(days, "2026-11-15")).toMatchObject({ observedMs: 12 * H, downtimeMs: 60 * MIN });
    // Observed: 12 h + 9 × 24 h + 12 h = 14 400 min; downtime 120 min.
    expect(uptime).toBeCloseTo(1 - 120 / 14_400, 12);
    expect(formatUptime(uptime)).toBe("99.16%");
  });

  it("has 23- and 25-hour days across DST in Europe/Berlin", () => {
    const spring = dailyUptime({
      windows: [win("2026-03-28T22:00:00Z", "2026-03-30T00:00:00Z", "major")],
      maintenance: [],
      now: at("2026-03-30T10:00:00Z"),
      days: 3,
      timeZone: "Europe/Berlin",
    }).days;
    expect(spring.map((d) => d.date)).toEqual(["2026-03-28", "2026-03-29", "2026-03-30"]);
    const sunday = spring[1]!;
    expect([sunday.start, sunday.end]).toEqual([at("2026-03-28T23:00:00Z"), at("2026-03-29T22:00:00Z")]);
    expect(sunday).toMatchObject({ observedMs: 23 * H, downtimeMs: 23 * H, uptime: 0 });
    expect(spring[0]!.downtimeMs).toBe(60 * MIN); // 23:00–24:00 CET on the 28th
    expect(spring[2]!.downtimeMs).toBe(2 * H); // 00:00–02:00 CEST on the 30th

    const autumn = dailyUptime({ windows: [], maintenance: [], now: at("2026-10-26T12:00:00Z"), days: 2, timeZone: "Europe/Berlin" });
    expect(autumn.days[0]!).toMatchObject({ date: "2026-10-25", observedMs: 25 * H });
  });

  it("starts a day at the first valid time when DST skips midnight (America/Santiago)", () => {
    const { days } = dailyUptime({ windows: [], maintenance: [], now: at("2026-09-07T12:00:00Z"), days: 3, timeZone: "America/Santiago" });
    expect(days.map((d) => d.date)).toEqual(["2026-09-05", "2026-09-06", "2026-09-07"]);
    expect(days[1]!.start).toBe(at("2026-09-06T04:00:00Z")); // 01:00 -03
    expect(days[1]!.observedMs).toBe(23 * H);
  });

  it("weights severities: 10 min partial = 3 min downtime; degraded is free by default", () => {
    const windows = [
      win("2026-11-24T10:00:00Z", "2026-11-24T10:10:00Z", "partial"),
      win("2026-11-23T10:00:00Z", "2026-11-23T10:10:00Z", "degraded"),
    ];
    const byDefault = dailyUptime({ windows, maintenance: [], now: NOW, timeZone: "UTC" });
    expect(day(byDefault.days, "2026-11-24").downtimeMs).toBeCloseTo(3 * MIN, 6);
    expect(day(byDefault.days, "2026-11-23")).toMatchObject({ level: "degraded", downtimeMs: 0, uptime: 1 });
    const weights = { major: 1, partial: 1, degraded: 0.5 };
    const custom = dailyUptime({ windows, maintenance: [], now: NOW, timeZone: "UTC", weights });
    expect(day(custom.days, "2026-11-24").downtimeMs).toBe(10 * MIN);
    expect(day(custom.days, "2026-11-23").downtimeMs).toBe(5 * MIN);
    expect(custom.uptime).toBeCloseTo(1 - (15 * MIN) / FULL_RANGE_MS, 12);
  });

  it("lists each day's distinct incidents in order of first window", () => {
    const windows = [
      win("2026-11-24T15:00:00Z", "2026-11-24T16:00:00Z", "major", "b"),
      win("2026-11-23T23:00:00Z", "2026-11-24T01:00:00Z", "partial", "a"),
      win("2026-11-24T18:00:00Z", "2026-11-24T19:00:00Z", "major", "a"),
      win("2026-11-24T20:00:00Z", "2026-11-24T21:00:00Z", "degraded", null),
    ];
    const { days } = dailyUptime({ windows, maintenance: [], now: NOW, timeZone: "UTC" });
    expect(day(days, "2026-11-23").incidentIds).toEqual(["a"]);
    expect(day(days, "2026-11-24").incidentIds).toEqual(["a", "b"]);
  });

  it("moves to the next day's grid when midnight passes (day starts are reused within a day)", () => {
    const zone = "America/New_York";
    const before = dailyUptime({ windows: [], maintenance: [], now: at("2026-11-26T04:50:00Z"), days: 3, timeZone: zone });
    const again = dailyUptime({ windows: [], maintenance: [], now: at("2026-11-26T04:55:00Z"), days: 3, timeZone: zone });
    const after = dailyUptime({ windows: [], maintenance: [], now: at("2026-11-26T05:10:00Z"), days: 3, timeZone: zone });
    expect(before.days.map((d) => d.date)).toEqual(["2026-11-23", "2026-11-24", "2026-11-25"]);
    expect(again.days.at(-1)).toMatchObject({ date: "2026-11-25", end: at("2026-11-26T04:55:00Z") });
    expect(after.days.map((d) => d.date)).toEqual(["2026-11-24", "2026-11-25", "2026-11-26"]);
    expect(after.days.at(-1)).toMatchObject({ start: at("2026-11-26T05:00:00Z"), end: at("2026-11-26T05:10:00Z") });
  });

  it("rejects an unknown time zone and a bad day count", () => {
    expect(() => dailyUptime({ windows: [], maintenance: [], now: NOW, timeZone: "Mars/Olympus" })).toThrow(/time zone/);
    expect(() => dailyUptime({ windows: [], maintenance: [], now: NOW, timeZone: "UTC", days: 0 })).toThrow(/days/);
  });
});
