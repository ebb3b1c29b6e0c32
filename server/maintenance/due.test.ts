import { describe, expect, it } from "vitest";
import { dueTransitions, type DueCandidate } from "./due";

const now = new Date("2026-03-30T12:00:00Z");
const min = (m: number) => new Date(now.getTime() + m * 60_000);

function m(overrides: Partial<DueCandidate> & { id: string }): DueCandidate {
  return {
    status: "scheduled",
    scheduledStart: min(-10),
    scheduledEnd: min(50),
    autoStart: true,
    autoComplete: true,
    cancelledAt: null,
    ...overrides,
  };
}

const summary = (list: ReturnType<typeof dueTransitions>) => list.map((d) => `${d.maintenanceId}:${d.transition}`);

describe("dueTransitions", () => {
  it("starts a scheduled maintenance with auto-start once its start has come, not before", () => {
    expect(summary(dueTransitions([m({ id: "a" }), m({ id: "b", scheduledStart: min(1) })], now))).toEqual(["a:start"]);
  });

  it("starts exactly at the scheduled start", () => {
    expect(summary(dueTransitions([m({ id: "a", scheduledStart: now })], now))).toEqual(["a:start"]);
  });

  it("completes running and verifying maintenance with auto-complete once the end has come", () => {
    const list = [
      m({ id: "running", status: "in_progress", scheduledEnd: now }),
      m({ id: "verifying", status: "verifying", scheduledEnd: min(-5) }),
      m({ id: "early", status: "in_progress", scheduledEnd: min(1) }),
    ];
    expect(summary(dueTransitions(list, now))).toEqual(["verifying:complete", "running:complete"]);
  });

  it("leaves maintenance without the flags to an engineer", () => {
    const list = [
      m({ id: "manual-start", autoStart: false }),
      m({ id: "manual-end", status: "in_progress", scheduledEnd: min(-1), autoComplete: false }),
    ];
    expect(dueTransitions(list, now)).toEqual([]);
  });

  it("ignores cancelled and completed maintenance", () => {
    const list = [m({ id: "cancelled", cancelledAt: min(-20) }), m({ id: "done", status: "completed", scheduledEnd: min(-1) })];
    expect(dueTransitions(list, now)).toEqual([]);
  });

  it("catches up on a window missed entirely: start, then complete, when both flags are set", () => {
    const missed = { scheduledStart: min(-120), scheduledEnd: min(-60) };
    expect(summary(dueTransitions([m({ id: "both", ...missed })], now))).toEqual(["both:start", "both:complete"]);
    expect(summary(dueTransitions([m({ id: "start-only", ...missed, autoComplete: false })], now))).toEqual(["start-only:start"]);
  });

  it("orders everything by when it became due", () => {
    const list = [
      m({ id: "late", scheduledStart: min(-1) }),
      m({ id: "early", scheduledStart: min(-30) }),
      m({ id: "ending", status: "in_progress", scheduledStart: min(-90), scheduledEnd: min(-10) }),
    ];
    expect(summary(dueTransitions(list, now))).toEqual(["early:start", "ending:complete", "late:start"]);
  });
});
