import { describe, expect, it } from "vitest";
import { deriveIncidentStatus, latestUpdate } from "./derive-status";

const t = (minute: number) => new Date(Date.UTC(2021, 2, 30, 15, minute));
const update = (status: string, display: number, created = display) => ({ status, displayAt: t(display), createdAt: t(created) });

describe("deriveIncidentStatus", () => {
  it("is investigating before any update", () => {
    expect(deriveIncidentStatus([])).toBe("investigating");
  });

  it("takes the status of the latest update by display time, whatever the order given", () => {
    expect(deriveIncidentStatus([update("monitoring", 30), update("investigating", 10), update("identified", 20)])).toBe("monitoring");
  });

  it("ignores creation time when display times differ (a backdated update does not win)", () => {
    expect(deriveIncidentStatus([update("resolved", 40, 10), update("identified", 20, 50)])).toBe("resolved");
  });

  it("breaks a tie in display time by creation time", () => {
    const first = update("identified", 30, 31);
    const second = update("monitoring", 30, 32);
    expect(deriveIncidentStatus([second, first])).toBe("monitoring");
    expect(latestUpdate([first, second])).toBe(second);
  });
});
