import { describe, expect, it } from "vitest";
import { categoryOf, coalesceEvents, parseCategories, type WebhookEvent } from "./events";

const at = new Date("2026-11-26T10:00:00Z");
const change = (componentId: string, oldStatus: string, newStatus: string): WebhookEvent => ({ type: "component.status_changed", componentId, oldStatus, newStatus, at });

describe("webhook events", () => {
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
    const events = coalesceEvents([change("a", "operational", "partial_outage"), change("b", "operational", "degraded_performance"), change("a", "partial_outage", "major_outage")]);
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
    expect(events).toEqual([{ type: "incident.updated", incidentId: "i" }, { type: "incident.resolved", incidentId: "i" }]);
  });
});
