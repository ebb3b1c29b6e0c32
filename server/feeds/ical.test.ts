import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { maintenance, snapshot } from "@/test/fixtures/snapshot";
import type { PublicSnapshot } from "@/server/public/snapshot-types";
import { buildMaintenanceCalendar, escapeText, foldLine, shownComponent } from "./ical";

const BASE = "https://status.acme.example";
const page = (over: Partial<PublicSnapshot["maintenance"]> = {}) =>
  snapshot({
    rows: [
      { kind: "component", component: { id: "c-db", name: "Database" } },
      { kind: "group", group: { id: "g-api", name: "API", components: [{ id: "c-rest", name: "REST" }] } },
    ] as unknown as PublicSnapshot["rows"],
    maintenance: {
      active: [
        maintenance({
          id: "m-run",
          slug: "running",
          title: "Router work, phase 2; east",
          status: "in_progress",
          components: [{ id: "c-rest", name: "REST" }],
        }),
      ],
      upcoming: [maintenance({ createdAt: "2026-03-02T09:00:00.000Z", updatedAt: "2026-03-02T09:00:00.000Z" })],
      past: [
        maintenance({
          id: "m-old",
          slug: "old",
          title: "Ünïcödé ✓ maintenance " + "long ".repeat(30),
          body: "Line one\nLine two",
          components: [],
        }),
      ],
      ...over,
    },
  });

// ical.js (Mozilla's parser) reads the calendar as calendar apps do.
const parse = (text: string) => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));

describe("buildMaintenanceCalendar", () => {
  it("is a valid RFC 5545 calendar: one event per maintenance, times in UTC, text unescaped by a parser", () => {
    const text = buildMaintenanceCalendar(page(), BASE);
    expect(text.split("\r\n").every((line) => Buffer.byteLength(line, "utf8") <= 75)).toBe(true);
    const events = parse(text);
    expect(events.map((e) => e.uid)).toEqual([
      "maintenance-m-run@status.acme.example",
      "maintenance-m1@status.acme.example",
      "maintenance-m-old@status.acme.example",
    ]);
    const upgrade = events[1]!;
    expect(upgrade.summary).toBe("Database upgrade");
    expect(upgrade.startDate.toJSDate().toISOString()).toBe("2026-03-10T02:00:00.000Z");
    expect(upgrade.endDate.toJSDate().toISOString()).toBe("2026-03-10T03:00:00.000Z");
    expect(upgrade.description).toBe("Affected: Database\n\nShort read-only period.\n\nhttps://status.acme.example/maintenance/db-upgrade");
    expect(events[0]!.summary).toBe("Router work, phase 2; east");
    expect(events[2]!.summary).toBe("Ünïcödé ✓ maintenance " + "long ".repeat(30));
    expect(events[2]!.description).toContain("Line one\nLine two");
  });

  it("keeps an event's UID when its window moves, with a higher SEQUENCE, so calendars update it", () => {
    const before = parse(buildMaintenanceCalendar(page(), BASE))[1]!;
    const moved = page({
      upcoming: [
        maintenance({
          scheduledStart: "2026-03-11T02:00:00.000Z",
          scheduledEnd: "2026-03-11T04:00:00.000Z",
          createdAt: "2026-03-02T09:00:00.000Z",
          updatedAt: "2026-03-05T12:00:00.000Z",
        }),
      ],
    });
    const after = parse(buildMaintenanceCalendar(moved, BASE))[1]!;
    expect(after.uid).toBe(before.uid);
    expect(after.sequence).toBeGreaterThan(before.sequence);
    expect(after.startDate.toJSDate().toISOString()).toBe("2026-03-11T02:00:00.000Z");
  });

  it("one component's or group's calendar holds the maintenance that affects it", () => {
    const snap = page();
    expect(parse(buildMaintenanceCalendar(snap, BASE, shownComponent(snap, "c-db")!)).map((e) => e.uid)).toEqual([
      "maintenance-m1@status.acme.example",
    ]);
    expect(parse(buildMaintenanceCalendar(snap, BASE, shownComponent(snap, "g-api")!)).map((e) => e.summary)).toEqual([
      "Router work, phase 2; east",
    ]);
    expect(buildMaintenanceCalendar(snap, BASE, shownComponent(snap, "c-db")!)).toContain("X-WR-CALNAME:Acme maintenance: Database");
    expect(shownComponent(snap, "nope")).toBeNull();
  });
});

describe("escapeText and foldLine", () => {
  it("escapes what RFC 5545 reserves and folds by octets without splitting characters", () => {
    expect(escapeText("a,b;c\\d\ne")).toBe("a\\,b\\;c\\\\d\\ne");
    const folded = foldLine(`SUMMARY:${"é".repeat(60)}`);
    const lines = folded.split("\r\n");
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.every((l) => Buffer.byteLength(l, "utf8") <= 75)).toBe(true);
    expect(lines.slice(1).every((l) => l.startsWith(" "))).toBe(true);
    expect(lines.map((l, i) => (i ? l.slice(1) : l)).join("")).toBe(`SUMMARY:${"é".repeat(60)}`);
  });
});
