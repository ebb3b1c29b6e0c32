import { describe, expect, it } from "vitest";
import { describeExpansion, expansionFieldsOf, isPending, tallyProgress } from "./progress-rules";

const now = new Date("2026-12-04T12:00:00Z");

describe("tallyProgress", () => {
  it("splits retry-pending mail from queued and skipped from failed", () => {
    expect(tallyProgress({ byState: { sent: 5, queued: 7, sending: 2, failed: 3, dead: 1 }, retrying: 4, skipped: 2 })).toEqual({
      total: 18,
      sent: 5,
      queued: 3,
      retrying: 4,
      sending: 2,
      failed: 1,
      dead: 1,
      skipped: 2,
    });
  });
  it("is all zeros for an event with no rows", () => {
    expect(tallyProgress({ byState: {}, retrying: 0, skipped: 0 })).toEqual({
      total: 0,
      sent: 0,
      queued: 0,
      retrying: 0,
      sending: 0,
      failed: 0,
      dead: 0,
      skipped: 0,
    });
  });
});

describe("describeExpansion", () => {
  it("is preparing before the first batch, expanding until the finish time is set, then done", () => {
    expect(describeExpansion({ expanded: 0, finishedAt: null }, 0)).toEqual({ phase: "preparing", expanded: 0 });
    expect(describeExpansion({ expanded: 1000, finishedAt: null }, 990)).toEqual({ phase: "expanding", expanded: 1000 });
    expect(describeExpansion({ expanded: 1000, finishedAt: now }, 1000)).toEqual({ phase: "done", expanded: 1000 });
    // An audience of nobody is done, not "preparing" for ever.
    expect(describeExpansion(expansionFieldsOf({ recipients: 0, expandedAt: now }), 0)).toEqual({ phase: "done", expanded: 0 });
  });
});

describe("isPending", () => {
  const idle = tallyProgress({ byState: { sent: 3, failed: 1 }, retrying: 0, skipped: 0 });
  it("keeps the page live while mail waits, is retried, is being sent or recipients are being added", () => {
    expect(isPending(idle, { phase: "done", expanded: 4 })).toBe(false);
    expect(isPending(idle, { phase: "expanding", expanded: 4 })).toBe(true);
    expect(isPending(tallyProgress({ byState: { queued: 1 }, retrying: 1, skipped: 0 }), { phase: "done", expanded: 1 })).toBe(true);
    expect(isPending(tallyProgress({ byState: { sending: 1 }, retrying: 0, skipped: 0 }), { phase: "done", expanded: 1 })).toBe(true);
  });
});
