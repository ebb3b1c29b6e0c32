import { describe, expect, it } from "vitest";
import { canEmail, categoryOf, coalesceEvents, parseCategories, type OutboxEvent } from "./events";

const at = new Date("2026-11-26T10:00:00Z");
const change = (componentId: string, oldStatus: string, newStatus: string): OutboxEvent => ({
  type: "component.status_changed",
  componentId,
  oldStatus,
  newStatus,
  at,
});

describe("outbox events", () => {
  it("belong to the category before the dot; a ping to none", () => {
    expect(categoryOf({ type: "incident.resolved", incidentId: "i" })).toBe("incident");
    expect(categoryOf({ type: "maintenance.started", maintenanceId: "m" })).toBe("maintenance");
    expect(categoryOf(change("c", "operational", "major_outage"))).toBe("component");
    expect(categoryOf({ type: "ping", endpointId: "e" })).toBeNull();
  });

  it("reads stored categories and ignores unknown ones", () => {
    expect(parseCategories("incident,component,bogus")).toEqual(["incident", "component"]);
    expect(parseCategories("")).toEqual([]);
  });

  it("collapses a component's changes within one transaction into first-old → last-new", () => {
    const events = coalesceEvents([
      change("a", "operational", "partial_outage"),
      change("b", "operational", "degraded_performance"),
      change("a", "partial_outage", "major_outage"),
    ]);
    expect(events).toEqual([change("a", "operational", "major_outage"), change("b", "operational", "degraded_performance")]);
  });

  it("drops a component that ended where it began, and repeated resource events", () => {
    const events = coalesceEvents([
      change("a", "operational", "major_outage"),
      { type: "incident.updated", incidentId: "i" },
      change("a", "major_outage", "operational"),
      { type: "incident.updated", incidentId: "i" },
      { type: "incident.resolved", incidentId: "i" },
    ]);
    expect(events).toEqual([
      { type: "incident.updated", incidentId: "i" },
      { type: "incident.resolved", incidentId: "i" },
    ]);
  });

  it("are emailed only in the kinds subscribers hear of; the rest go to webhooks alone", () => {
    expect(canEmail({ type: "incident.created", incidentId: "i" })).toBe(true);
    expect(canEmail({ type: "incident.postmortem_published", incidentId: "i", postmortemId: "p" })).toBe(true);
    expect(canEmail({ type: "maintenance.completed", maintenanceId: "m" })).toBe(true);
    expect(canEmail({ type: "maintenance.verifying", maintenanceId: "m" })).toBe(false);
    expect(canEmail({ type: "maintenance.cancelled", maintenanceId: "m" })).toBe(false);
    expect(canEmail(change("c", "operational", "major_outage"))).toBe(false);
    expect(canEmail({ type: "ping", endpointId: "e" })).toBe(false);
  });
});
