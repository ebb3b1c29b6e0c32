import { describe, expect, it } from "vitest";
import {
  COMPONENT_STATUS_LABEL,
  IMPACT_LABEL,
  INCIDENT_STATUS_LABEL,
  labelOf,
  MAINTENANCE_STATUS_LABEL,
  OVERALL_LABEL,
  SEVERITY_LABEL,
} from "./labels";
import { COMPONENT_STATUSES, INCIDENT_IMPACTS, INCIDENT_STATUSES, MAINTENANCE_STATUSES, WINDOW_SEVERITIES } from "./statuses";

const tables: Array<[string, Record<string, string>, readonly string[]]> = [
  ["component status", COMPONENT_STATUS_LABEL, COMPONENT_STATUSES],
  ["overall status", OVERALL_LABEL, COMPONENT_STATUSES],
  ["incident status", INCIDENT_STATUS_LABEL, INCIDENT_STATUSES],
  ["impact", IMPACT_LABEL, INCIDENT_IMPACTS],
  ["severity", SEVERITY_LABEL, WINDOW_SEVERITIES],
  ["maintenance status", MAINTENANCE_STATUS_LABEL, [...MAINTENANCE_STATUSES, "cancelled"]],
];

describe("labels", () => {
  it.each(tables)("name every %s, and nothing else, each differently", (_name, labels, values) => {
    expect(Object.keys(labels).sort()).toEqual([...values].sort());
    for (const value of values) expect(labels[value]?.trim(), value).toBeTruthy();
    expect(new Set(Object.values(labels)).size).toBe(values.length);
  });

  it("speak of a severity as the component status it causes", () => {
    expect(SEVERITY_LABEL).toEqual({
      degraded: COMPONENT_STATUS_LABEL.degraded_performance,
      partial: COMPONENT_STATUS_LABEL.partial_outage,
      major: COMPONENT_STATUS_LABEL.major_outage,
    });
  });

  it("show a value the database holds but the vocabulary lacks as itself, inherited names included", () => {
    expect(labelOf(INCIDENT_STATUS_LABEL, "resolved")).toBe("Resolved");
    expect(labelOf(INCIDENT_STATUS_LABEL, "postponed")).toBe("postponed");
    expect(labelOf(INCIDENT_STATUS_LABEL, "constructor")).toBe("constructor");
  });
});
