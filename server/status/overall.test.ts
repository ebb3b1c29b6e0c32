import { describe, expect, it } from "vitest";
import { overallStatus } from "./overall";

const base = { componentStatuses: [], openIncidentImpacts: [], maintenanceInProgress: false };

describe("overallStatus", () => {
  it("is operational when nothing is wrong", () => {
    expect(overallStatus({ ...base, componentStatuses: ["operational", "operational"] })).toEqual({
      status: "operational",
      label: "All systems operational",
    });
  });

  it("takes the worst component status", () => {
    const statuses = ["operational", "degraded_performance", "partial_outage", "under_maintenance"];
    expect(overallStatus({ ...base, componentStatuses: statuses }).status).toBe("partial_outage");
    expect(overallStatus({ ...base, componentStatuses: [...statuses, "major_outage"] }).label).toBe("Major outage");
  });

  it("ranks any outage or degradation above maintenance", () => {
    const result = overallStatus({ ...base, componentStatuses: ["degraded_performance"], maintenanceInProgress: true });
    expect(result.status).toBe("degraded_performance");
    expect(overallStatus({ ...base, maintenanceInProgress: true }).label).toBe("Under maintenance");
  });

  it("counts open incident impact even when every component is operational", () => {
    expect(overallStatus({ ...base, componentStatuses: ["operational"], openIncidentImpacts: ["critical"] }).status).toBe("major_outage");
    expect(overallStatus({ ...base, openIncidentImpacts: ["minor", "major"] }).status).toBe("partial_outage");
    expect(overallStatus({ ...base, openIncidentImpacts: ["none"] }).status).toBe("operational");
  });

  it("treats unknown stored statuses as operational rather than failing the page", () => {
    expect(overallStatus({ ...base, componentStatuses: ["bogus"] }).status).toBe("operational");
  });
});
