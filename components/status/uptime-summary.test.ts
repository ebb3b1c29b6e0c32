import { describe, expect, it } from "vitest";
import type { DayLevel, DayUptime } from "@/lib/domain/daily-uptime";
import { uptimeSummary } from "./uptime-summary";

const HOUR = 3_600_000;

function day(date: string, level: DayLevel, extra: Partial<DayUptime> = {}): DayUptime {
  return {
    date,
    start: 0,
    end: 0,
    observedMs: level === "no_data" ? 0 : 24 * HOUR,
    downtimeMs: 0,
    bySeverityMs: { major: 0, partial: 0, degraded: 0 },
    maintenanceMs: 0,
    incidentIds: [],
    level,
    uptime: level === "no_data" ? null : 1,
    ...extra,
  };
}

const noIncidents = () => 0;

describe("uptimeSummary", () => {
  it("says a quiet range in two words", () => {
    const days = [day("2026-11-23", "operational"), day("2026-11-24", "operational"), day("2026-11-25", "operational")];
    expect(uptimeSummary("Website", days, noIncidents)).toBe("Website: uptime by day, last 3 days: no downtime");
  });

  it("names each day with something to report, in its button's words, then counts the quiet ones", () => {
    const partial = day("2026-11-24", "partial", { bySeverityMs: { major: 0, partial: 2 * HOUR, degraded: 0 }, incidentIds: ["a"] });
    const days = [day("2026-11-23", "operational"), partial, day("2026-11-25", "operational"), day("2026-11-26", "operational")];
    expect(uptimeSummary("API", days, (d) => d.incidentIds.length)).toBe(
      "API: uptime by day, last 4 days: 24 Nov 2026: 2 hours partial outage, 1 incident; no downtime on the other 3 days",
    );
  });

  it("counts days without data apart and marks today", () => {
    const today = day("2026-11-26", "maintenance", { maintenanceMs: HOUR / 2 });
    const days = [day("2026-11-23", "no_data"), day("2026-11-24", "no_data"), day("2026-11-25", "operational"), today];
    expect(uptimeSummary("Dashboard", days, noIncidents)).toBe(
      "Dashboard: uptime by day, last 4 days: Today, 26 Nov 2026: 30 minutes maintenance; no data for 2 days; no downtime on the other 1 day",
    );
  });

  it("reports a day with an incident even when it had no downtime, and only incidents the page shows", () => {
    const days = [day("2026-11-25", "operational", { incidentIds: ["shown", "hidden"] }), day("2026-11-26", "no_data")];
    const shown = (d: DayUptime) => d.incidentIds.filter((id) => id === "shown").length;
    expect(uptimeSummary("Webhooks", days, shown)).toBe(
      "Webhooks: uptime by day, last 2 days: 25 Nov 2026: no downtime, 1 incident; no data for 1 day",
    );
  });

  it("says so when nothing was observed at all", () => {
    expect(uptimeSummary("New", [day("2026-11-25", "no_data"), day("2026-11-26", "no_data")], noIncidents)).toBe(
      "New: uptime by day, last 2 days: no data",
    );
  });
});
