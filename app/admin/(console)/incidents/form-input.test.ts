import { describe, expect, it } from "vitest";
import { toAddUpdateInput, toAddWindowInput, toCreateIncidentInput, toUpdateIncidentInput, toUpdateWindowInput } from "./form-input";

const form = (entries: Array<[string, string]>) => {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
};

describe("incident form input", () => {
  it("maps a live incident: chosen components in order, publish from the button, notify from the checkbox", () => {
    const input = toCreateIncidentInput(
      form([
        ["title", "API errors"],
        ["impact", "major"],
        ["status", "investigating"],
        ["body", "Looking"],
        ["component.a", "major_outage"],
        ["component.b", ""],
        ["component.c", "operational"],
        ["intent", "publish"],
      ]),
    );
    expect(input).toEqual({
      title: "API errors",
      impact: "major",
      status: "investigating",
      body: "Looking",
      startedAt: undefined,
      components: [
        { componentId: "a", status: "major_outage" },
        { componentId: "c", status: "operational" },
      ],
      publish: true,
      notify: false,
    });
    expect(
      toCreateIncidentInput(
        form([
          ["intent", "draft"],
          ["notify", "on"],
        ]),
      ),
    ).toMatchObject({ publish: false, notify: true });
  });

  it("maps a backfill: a window per degraded component over the whole span and one resolved update", () => {
    const input = toCreateIncidentInput(
      form([
        ["mode", "backfill"],
        ["title", "Past"],
        ["impact", "minor"],
        ["startedAt", "2021-03-30T14:52:00.000Z"],
        ["resolvedAt", "2021-03-30T18:45:00.000Z"],
        ["body", "What happened"],
        ["component.a", "partial_outage"],
        ["component.b", "operational"],
      ]),
    );
    expect(input.backfill).toEqual({
      startedAt: "2021-03-30T14:52:00.000Z",
      resolvedAt: "2021-03-30T18:45:00.000Z",
      windows: [{ componentId: "a", severity: "partial", startedAt: "2021-03-30T14:52:00.000Z", endedAt: "2021-03-30T18:45:00.000Z" }],
      updates: [{ status: "resolved", body: "What happened", displayAt: "2021-03-30T18:45:00.000Z" }],
    });
    expect(input.components).toEqual([
      { componentId: "a", status: "operational" },
      { componentId: "b", status: "operational" },
    ]);
  });

  it("maps updates, incident edits and windows", () => {
    expect(
      toAddUpdateInput(
        form([
          ["incidentId", "i"],
          ["status", "resolved"],
          ["body", "Done"],
          ["notify", "on"],
          ["component.a", "operational"],
        ]),
      ),
    ).toEqual({
      incidentId: "i",
      status: "resolved",
      body: "Done",
      notify: true,
      keepStatuses: false,
      displayAt: undefined,
      components: [{ componentId: "a", status: "operational" }],
    });
    expect(
      toUpdateIncidentInput(
        form([
          ["incidentId", "i"],
          ["title", "T"],
          ["impact", "none"],
        ]),
      ),
    ).toMatchObject({ componentIds: [] });
    expect(
      toAddWindowInput(
        form([
          ["incidentId", "i"],
          ["componentId", "a"],
          ["severity", "major"],
          ["startedAt", "2024-01-01T00:00:00Z"],
          ["endedAt", ""],
        ]),
      ),
    ).toMatchObject({ endedAt: null });
    expect(
      toUpdateWindowInput(
        form([
          ["windowId", "w"],
          ["endedAt", ""],
        ]),
      ),
    ).toEqual({ windowId: "w", severity: undefined, startedAt: undefined, endedAt: null });
  });
});
