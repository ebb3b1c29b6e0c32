import { describe, expect, it } from "vitest";
import { refusal } from "./transitions";

const at = (status: string, cancelled = false) => ({ status, cancelledAt: cancelled ? new Date() : null });

describe("refusal", () => {
  it("allows scheduled → in_progress → verifying → completed", () => {
    expect(refusal(at("scheduled"), "start")).toBeNull();
    expect(refusal(at("in_progress"), "verify")).toBeNull();
    expect(refusal(at("in_progress"), "complete")).toBeNull();
    expect(refusal(at("verifying"), "complete")).toBeNull();
  });

  it("refuses skipping or repeating steps, with the current state named", () => {
    expect(refusal(at("scheduled"), "complete")).toBe("This maintenance is scheduled; it cannot be completed.");
    expect(refusal(at("in_progress"), "start")).toBe("This maintenance is in progress; it cannot be started.");
    expect(refusal(at("completed"), "cancel")).toBe("This maintenance is completed; it cannot be cancelled.");
    expect(refusal(at("completed"), "edit")).toMatch(/cannot be edited/);
  });

  it("refuses everything once cancelled", () => {
    for (const t of ["start", "verify", "complete", "cancel", "edit"] as const) {
      expect(refusal(at("scheduled", true), t)).toMatch(/was cancelled/);
    }
  });
});
