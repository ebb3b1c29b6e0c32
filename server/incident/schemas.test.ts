import { describe, expect, it } from "vitest";
import { AddIncidentUpdateInput, Backfill, CreateIncidentInput, MarkdownBody } from "./schemas";

const at = (hhmm: string) => `2024-01-10T${hhmm}:00Z`;
const issues = (result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("incident schemas", () => {
  it("stores markdown with LF line breaks, trimmed", () => {
    expect(MarkdownBody.parse("  a\r\nb\rc  ")).toBe("a\nb\nc");
    expect(issues(MarkdownBody.safeParse(" \r\n "))).toEqual({ "": "Write the text of the update" });
  });

  it("needs a first update for a live incident but not for a backfill", () => {
    expect(issues(CreateIncidentInput.safeParse({ title: "x" }))).toEqual({ body: "Write the text of the first update" });
    const backfill = {
      startedAt: at("10:00"),
      resolvedAt: at("11:00"),
      updates: [{ status: "resolved", body: "Done", displayAt: at("11:00") }],
    };
    expect(CreateIncidentInput.safeParse({ title: "x", backfill }).success).toBe(true);
  });

  it("reports only the span when a backfill ends before it starts", () => {
    const result = Backfill.safeParse({
      startedAt: at("10:00"),
      resolvedAt: at("09:00"),
      windows: [{ componentId: "c", severity: "major", startedAt: at("10:00"), endedAt: at("09:00") }],
      updates: [{ status: "resolved", body: "Done", displayAt: at("09:00") }],
    });
    expect(issues(result)).toEqual({ resolvedAt: "Resolution must be after the start" });
  });

  it("defaults notify on and keepStatuses off for updates", () => {
    expect(AddIncidentUpdateInput.parse({ incidentId: "i", status: "identified", body: "x" })).toMatchObject({
      notify: true,
      keepStatuses: false,
      components: [],
    });
  });
});
