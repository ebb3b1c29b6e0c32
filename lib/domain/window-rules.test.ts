import { describe, expect, it } from "vitest";
import { overlaps, windowProblems, windowSetProblems } from "./window-rules";

const now = new Date("2024-05-01T12:00:00Z");
const at = (hhmm: string) => new Date(`2024-05-01T${hhmm}:00Z`);
const w = (componentId: string, start: string, stop: string | null, id?: string) => ({
  id,
  componentId,
  startedAt: at(start),
  endedAt: stop ? at(stop) : null,
});

describe("windowProblems", () => {
  it("accepts a closed window in the past and an open one", () => {
    expect(windowProblems(w("api", "09:00", "10:00"), [], now)).toEqual([]);
    expect(windowProblems(w("api", "11:00", null), [], now)).toEqual([]);
  });

  it("requires the end to be after the start", () => {
    expect(windowProblems(w("api", "10:00", "10:00"), [], now)).toEqual([{ field: "endedAt", message: "End must be after start" }]);
    expect(windowProblems(w("api", "10:00", "09:59"), [], now)[0]?.field).toBe("endedAt");
  });

  it("allows a minute of clock skew and no more", () => {
    expect(windowProblems(w("api", "12:01", null), [], now)).toEqual([]);
    expect(windowProblems(w("api", "12:02", null), [], now)).toEqual([{ field: "startedAt", message: "Start cannot be in the future" }]);
    expect(windowProblems(w("api", "11:00", "12:05"), [], now)[0]?.field).toBe("endedAt");
  });

  it("refuses overlap with another window of the same component, open ones included", () => {
    const others = [w("api", "09:00", "10:00", "a"), w("db", "09:30", null, "b")];
    expect(windowProblems(w("api", "09:59", "10:30"), others, now)[0]?.message).toMatch(/^Overlaps another window/);
    expect(windowProblems(w("db", "11:00", "11:30"), others, now)[0]?.message).toContain("still open");
    expect(windowProblems(w("api", "08:00", null), others, now)).toHaveLength(1);
  });

  it("lets a window start exactly when the previous one ended, and ignores other components", () => {
    const others = [w("api", "09:00", "10:00", "a")];
    expect(windowProblems(w("api", "10:00", "11:00"), others, now)).toEqual([]);
    expect(windowProblems(w("db", "09:15", "09:45"), others, now)).toEqual([]);
  });

  it("skips the window itself when it is being edited", () => {
    const existing = w("api", "09:00", "10:00", "a");
    expect(windowProblems({ ...existing, endedAt: at("10:30") }, [existing], now)).toEqual([]);
  });
});

describe("overlaps", () => {
  it("treats windows as half-open spans", () => {
    expect(overlaps(w("x", "09:00", "10:00"), w("x", "10:00", null))).toBe(false);
    expect(overlaps(w("x", "09:00", null), w("x", "23:00", "23:30"))).toBe(true);
  });
});

describe("windowSetProblems", () => {
  it("reports each problem with the index of the later window", () => {
    const set = [w("api", "09:00", "10:00"), w("db", "09:00", "10:00"), w("api", "09:30", "09:45"), w("api", "11:00", "10:00")];
    expect(windowSetProblems(set, now).map((p) => [p.index, p.field])).toEqual([
      [2, "startedAt"],
      [3, "endedAt"],
    ]);
  });
});
