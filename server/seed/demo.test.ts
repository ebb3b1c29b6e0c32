import { describe, expect, it } from "vitest";
import { buildDemoData, seededRandom, type DemoData, type DemoIncident, type DemoWindow } from "./demo";

const NOW = new Date("2026-05-14T09:30:00Z");
const DAY = 86_400_000;
const MINUTE = 60_000;

const is2021 = (incident: DemoIncident) => incident.startedAt.getUTCFullYear() === 2021;
const the2021Incident = (data: DemoData) => {
  const found = data.incidents.filter(is2021);
  expect(found).toHaveLength(1);
  return found[0]!;
};

/** Merges overlapping windows into the periods during which something was degraded. */
function periods(windows: DemoWindow[]): Array<{ start: number; end: number }> {
  const sorted = [...windows].sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime());
  const merged: Array<{ start: number; end: number }> = [];
  for (const window of sorted) {
    const last = merged.at(-1);
    if (last && window.startedAt.getTime() <= last.end) last.end = Math.max(last.end, window.endedAt.getTime());
    else merged.push({ start: window.startedAt.getTime(), end: window.endedAt.getTime() });
  }
  return merged;
}

// Several `now`s, including both sides of midnight UTC, so date arithmetic is exercised.
const NOWS = [NOW, new Date("2026-01-01T00:00:00Z"), new Date("2025-12-31T23:59:59Z"), new Date("2030-07-04T12:00:00Z")];

describe("buildDemoData", () => {
  it("models the 30 March 2021 incident with three separate degradation periods", () => {
    const incident = the2021Incident(buildDemoData(NOW));
    expect(incident).toMatchObject({ impact: "major", status: "resolved" });
    expect(incident.startedAt.toISOString()).toMatch(/^2021-03-30T/);

    const found = periods(incident.windows);
    expect(found).toHaveLength(3);
    for (const [index, period] of found.entries()) {
      const next = found[index + 1];
      if (next) expect(period.end).toBeLessThan(next.start);
      // Every affected component has a window in every period.
      const inPeriod = incident.windows.filter((w) => w.startedAt.getTime() >= period.start && w.endedAt.getTime() <= period.end);
      expect(new Set(inPeriod.map((w) => w.componentKey))).toEqual(new Set(incident.componentKeys));
    }
    const severityOf = (key: string) => new Set(incident.windows.filter((w) => w.componentKey === key).map((w) => w.severity));
    expect(severityOf("authenticate")).toEqual(new Set(["major"]));
    expect(severityOf("track")).toEqual(new Set(["partial"]));
  });

  it("tells the 2021 incident as investigating → identified → monitoring, twice re-identified, then resolved", () => {
    const incident = the2021Incident(buildDemoData(NOW));
    expect(incident.updates.map((u) => u.status)).toEqual([
      "investigating",
      "identified",
      "monitoring",
      "identified",
      "monitoring",
      "identified",
      "monitoring",
      "resolved",
    ]);
    expect(incident.updates.every((u) => u.notify)).toBe(true);
    expect(incident.updates.some((u) => /job scheduler/i.test(u.body))).toBe(true);
    expect(incident.resolvedAt).toEqual(incident.updates.at(-1)!.displayAt);
    expect(incident.postmortem?.publishedAt.getTime()).toBeGreaterThan(incident.resolvedAt.getTime());
    const body = incident.postmortem!.body;
    for (const heading of ["Summary", "Impact", "Root cause", "What went well", "What went badly", "Action items"]) {
      expect(body).toContain(`## ${heading}`);
    }
    expect(body).toMatch(/\| # \| Action \| Owner \| Status \|\n\| --- \|/);
    for (const window of ["14:52 – 15:40", "16:25 – 17:05", "18:10 – 18:45"]) expect(body).toContain(window);
  });

  it.each(NOWS)("keeps every window closed and in order (now = %s)", (now) => {
    const data = buildDemoData(now);
    for (const incident of data.incidents) {
      expect(incident.status).toBe("resolved");
      for (const window of incident.windows) {
        expect(window.endedAt.getTime()).toBeGreaterThan(window.startedAt.getTime());
        expect(window.startedAt.getTime()).toBeGreaterThanOrEqual(incident.startedAt.getTime());
        expect(window.endedAt.getTime()).toBeLessThanOrEqual(incident.resolvedAt.getTime());
      }
      const times = incident.updates.map((u) => u.displayAt.getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(incident.updates.at(-1)!.status).toBe("resolved");
      expect(incident.publishedAt).toEqual(incident.updates[0]!.displayAt);
    }
  });

  it.each(NOWS)("puts the history within the last 90 days and the planned maintenance ahead (now = %s)", (now) => {
    const data = buildDemoData(now);
    const from = now.getTime() - 90 * DAY;
    const inRange = (date: Date | null) => {
      if (!date) return;
      expect(date.getTime()).toBeGreaterThanOrEqual(from);
      expect(date.getTime()).toBeLessThanOrEqual(now.getTime());
    };
    const history = data.incidents.filter((i) => !is2021(i));
    expect(history.length).toBeGreaterThanOrEqual(4);
    expect(history.length).toBeLessThanOrEqual(8);
    for (const incident of history) {
      expect(incident.impact).toBe("minor");
      expect(incident.updates.length).toBeGreaterThanOrEqual(1);
      expect(incident.updates.length).toBeLessThanOrEqual(2);
      [incident.startedAt, incident.publishedAt, incident.resolvedAt].forEach(inRange);
      incident.updates.forEach((u) => inRange(u.displayAt));
      for (const window of incident.windows) {
        inRange(window.startedAt);
        inRange(window.endedAt);
        const minutes = (window.endedAt.getTime() - window.startedAt.getTime()) / MINUTE;
        expect(minutes).toBeGreaterThanOrEqual(10);
        expect(minutes).toBeLessThanOrEqual(180);
        expect(["degraded", "partial"]).toContain(window.severity);
      }
    }
    const crossesMidnight = history.flatMap((i) => i.windows).filter((w) => w.startedAt.getUTCDate() !== w.endedAt.getUTCDate());
    expect(crossesMidnight.length).toBeGreaterThan(0);

    const [past, future] = [
      data.maintenances.filter((m) => m.status === "completed"),
      data.maintenances.filter((m) => m.status === "scheduled"),
    ];
    expect(past).toHaveLength(1);
    expect(future).toHaveLength(1);
    for (const date of [past[0]!.scheduledStart, past[0]!.completedAt, past[0]!.publishedAt]) inRange(date);
    expect(past[0]!.completedAt!.getTime()).toBeGreaterThan(past[0]!.startedAt!.getTime());
    expect(future[0]!.scheduledStart.getTime()).toBeGreaterThan(now.getTime());
    expect(future[0]!.scheduledEnd.getTime()).toBeGreaterThan(future[0]!.scheduledStart.getTime());
    inRange(future[0]!.publishedAt);
  });

  it("is deterministic for the same now and seed, and varies with the seed", () => {
    expect(buildDemoData(NOW)).toEqual(buildDemoData(new Date(NOW)));
    expect(buildDemoData(NOW, seededRandom(7))).toEqual(buildDemoData(NOW, seededRandom(7)));
    expect(buildDemoData(NOW, seededRandom(7))).not.toEqual(buildDemoData(NOW));
  });

  it("gives incidents and maintenance unique lowercase-hyphen slugs with a suffix", () => {
    const data = buildDemoData(NOW);
    const slugs = [...data.incidents, ...data.maintenances].map((item) => item.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const item of [...data.incidents, ...data.maintenances]) {
      expect(item.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*-[a-z0-9]{4}$/);
      expect(
        item.slug.startsWith(
          item.title
            .toLowerCase()
            .replace(/[^a-z0-9]+/g, "-")
            .replace(/-$/, ""),
        ),
      ).toBe(true);
    }
  });

  it("refers only to defined components and groups", () => {
    const data = buildDemoData(NOW);
    expect(data.components.length).toBeGreaterThanOrEqual(5);
    expect(data.components.length).toBeLessThanOrEqual(9);
    const keys = new Set(data.components.map((c) => c.key));
    expect(keys.size).toBe(data.components.length);
    const groups = new Set(data.groups.map((g) => g.key));
    for (const component of data.components) {
      expect(component.description).toBeTruthy();
      if (component.groupKey !== null) expect(groups).toContain(component.groupKey);
    }
    const names = data.components.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(["Authenticate endpoint", "Track endpoint", "Batch endpoint", "Dashboard"]));

    for (const incident of data.incidents) {
      for (const key of incident.componentKeys) expect(keys).toContain(key);
      for (const window of incident.windows) expect(incident.componentKeys).toContain(window.componentKey);
      for (const change of incident.updates.flatMap((u) => u.changes)) expect(incident.componentKeys).toContain(change.componentKey);
    }
    for (const maintenance of data.maintenances) for (const key of maintenance.componentKeys) expect(keys).toContain(key);
  });

  it("chains status changes so every component ends operational", () => {
    for (const incident of buildDemoData(NOW).incidents) {
      const current = new Map<string, string>();
      for (const change of incident.updates.flatMap((u) => u.changes)) {
        expect(change.oldStatus).toBe(current.get(change.componentKey) ?? "operational");
        expect(change.newStatus).not.toBe(change.oldStatus);
        current.set(change.componentKey, change.newStatus);
      }
      for (const status of current.values()) expect(status).toBe("operational");
    }
  });
});
