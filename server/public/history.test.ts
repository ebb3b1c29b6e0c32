import { describe, expect, it } from "vitest";
import { historyPage, historyPageCount } from "./history";
import type { PublicIncidentSummary } from "./snapshot-types";

const incident = (id: string, startedAt: string): PublicIncidentSummary => ({
  id,
  slug: id,
  title: id,
  impact: "minor",
  status: "resolved",
  startedAt,
  resolvedAt: startedAt,
});

const now = new Date("2026-11-25T12:00:00Z");

describe("historyPage", () => {
  it("lists three calendar months per page, newest first, including empty months", () => {
    const page = historyPage([incident("a", "2026-11-02T10:00:00Z"), incident("b", "2026-09-30T10:00:00Z")], [], {
      page: 1,
      timeZone: "UTC",
      now,
    });
    expect(page.months.map((m) => [m.key, m.label, m.incidents.map((i) => i.id)])).toEqual([
      ["2026-11", "November 2026", ["a"]],
      ["2026-10", "October 2026", []],
      ["2026-09", "September 2026", ["b"]],
    ]);
    expect(page).toMatchObject({ hasNewer: false, hasOlder: false });
  });

  it("groups by the page's time zone, not UTC", () => {
    // 23:30 UTC on 31 October is already November in Berlin (UTC+1).
    const page = historyPage([incident("late", "2026-10-31T23:30:00Z")], [], { page: 1, timeZone: "Europe/Berlin", now });
    expect(page.months[0]!.incidents.map((i) => i.id)).toEqual(["late"]);
    expect(
      historyPage([incident("late", "2026-10-31T23:30:00Z")], [], { page: 1, timeZone: "UTC", now }).months[1]!.incidents,
    ).toHaveLength(1);
  });

  it("pages back across years and says when older history exists", () => {
    const old = incident("old", "2021-03-30T14:52:00Z");
    expect(historyPage([old], [], { page: 1, timeZone: "UTC", now }).hasOlder).toBe(true);
    const page3 = historyPage([old], [], { page: 3, timeZone: "UTC", now });
    expect(page3.months.map((m) => m.key)).toEqual(["2026-05", "2026-04", "2026-03"]);
    expect(page3.hasNewer).toBe(true);
  });

  it("treats a nonsense page number as the first page", () => {
    expect(historyPage([], [], { page: Number("x"), timeZone: "UTC", now }).page).toBe(1);
  });
});

describe("historyPageCount", () => {
  // The last page is the first one whose "Older" link is gone: checked against historyPage itself.
  const lastPage = (incidents: PublicIncidentSummary[], timeZone: string) => {
    let page = 1;
    while (historyPage(incidents, [], { page, timeZone, now }).hasOlder) page++;
    return page;
  };

  it.each([
    ["no incidents", []],
    ["this month only", ["2026-11-02T10:00:00Z"]],
    ["three months back", ["2026-11-02T10:00:00Z", "2026-09-01T00:00:00Z"]],
    ["four months back", ["2026-11-02T10:00:00Z", "2026-08-31T23:00:00Z"]],
    ["years back", ["2026-11-02T10:00:00Z", "2021-03-30T10:00:00Z"]],
  ])("matches the pages historyPage links to (%s)", (_name, starts) => {
    const incidents = starts.map((startedAt, i) => incident(`i${i}`, startedAt));
    for (const timeZone of ["UTC", "Pacific/Kiritimati", "America/Los_Angeles"]) {
      expect(historyPageCount(incidents, { timeZone, now })).toBe(lastPage(incidents, timeZone));
    }
  });

  it("counts months in the page's zone", () => {
    // 31 Aug 23:00 UTC is already September in Kiritimati (UTC+14): one page fewer there.
    const incidents = [incident("a", "2026-11-02T10:00:00Z"), incident("b", "2026-08-31T23:00:00Z")];
    expect(historyPageCount(incidents, { timeZone: "UTC", now })).toBe(2);
    expect(historyPageCount(incidents, { timeZone: "Pacific/Kiritimati", now })).toBe(1);
  });
});
