import { describe, expect, it } from "vitest";
import { deriveComponentStatus } from "./derive-component-status";

describe("deriveComponentStatus", () => {
  it("follows the worst open window", () => {
    expect(deriveComponentStatus({ openSeverities: ["degraded", "major", "partial"], maintenanceActive: false })).toBe("major_outage");
    expect(deriveComponentStatus({ openSeverities: ["degraded"], maintenanceActive: false })).toBe("degraded_performance");
  });

  it("shows maintenance only when nothing is degraded", () => {
    expect(deriveComponentStatus({ openSeverities: [], maintenanceActive: true })).toBe("under_maintenance");
    expect(deriveComponentStatus({ openSeverities: ["partial"], maintenanceActive: true })).toBe("partial_outage");
  });

  it("is operational otherwise", () => {
    expect(deriveComponentStatus({ openSeverities: [], maintenanceActive: false })).toBe("operational");
  });
});
