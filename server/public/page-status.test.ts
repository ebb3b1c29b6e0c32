import { describe, expect, it } from "vitest";
import { pageIdentity, pageOverall, toApiComponent } from "./page-status";

const at = new Date("2026-12-01T10:00:00Z");

describe("page status", () => {
  it("takes the worst of components, open incidents and maintenance", () => {
    const operational = { status: "operational" };
    expect(pageOverall({ components: [operational], openIncidentImpacts: [], maintenanceInProgress: false }).status).toBe("operational");
    expect(
      pageOverall({ components: [operational, { status: "partial_outage" }], openIncidentImpacts: ["minor"], maintenanceInProgress: true })
        .status,
    ).toBe("partial_outage");
    expect(pageOverall({ components: [operational], openIncidentImpacts: ["critical"], maintenanceInProgress: false }).status).toBe(
      "major_outage",
    );
    expect(pageOverall({ components: [], openIncidentImpacts: ["none"], maintenanceInProgress: true }).status).toBe("under_maintenance");
  });

  it("reads an impact or status the database does not constrain as harmless", () => {
    expect(pageOverall({ components: [{ status: "bogus" }], openIncidentImpacts: ["bogus"], maintenanceInProgress: false }).status).toBe(
      "operational",
    );
  });

  it("gives an unconfigured page its defaults", () => {
    expect(pageIdentity(null)).toMatchObject({ name: "Status", timeZone: "UTC" });
    expect(pageIdentity({ pageName: "Acme", publicUrl: "https://status.example.com", timeZone: "Europe/Berlin" })).toMatchObject({
      name: "Acme",
      timeZone: "Europe/Berlin",
    });
  });

  it("shapes a component for the API with ISO dates and a known status", () => {
    const row = {
      id: "c",
      name: "API",
      description: null,
      status: "bogus",
      groupId: null,
      position: 2,
      onlyShowIfDegraded: false,
      startDate: null,
      createdAt: at,
      updatedAt: at,
    };
    expect(toApiComponent(row)).toEqual({
      ...row,
      status: "operational",
      startDate: null,
      createdAt: at.toISOString(),
      updatedAt: at.toISOString(),
    });
  });
});
