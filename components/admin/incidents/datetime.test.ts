import { describe, expect, it } from "vitest";
import { fromLocalInput, toLocalInput, utcLabel } from "./datetime";

describe("datetime-local helpers", () => {
  it("round-trips an instant through the local input format (to the minute)", () => {
    const instant = new Date("2021-03-30T14:52:00.000Z");
    expect(fromLocalInput(toLocalInput(instant))?.toISOString()).toBe("2021-03-30T14:52:00.000Z");
    expect(toLocalInput(instant)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
  });

  it("reads the value as local wall-clock time", () => {
    const local = fromLocalInput("2021-03-30T14:52")!;
    expect([local.getFullYear(), local.getMonth(), local.getDate(), local.getHours(), local.getMinutes()]).toEqual([2021, 2, 30, 14, 52]);
  });

  it("rejects empty or malformed values", () => {
    expect(fromLocalInput("")).toBeNull();
    expect(fromLocalInput("2021-03-30")).toBeNull();
    expect(fromLocalInput("2021-13-45T99:99")).toBeNull();
    expect(fromLocalInput("2021-03-30T14:52Z")).toBeNull();
  });

  it("labels the UTC equivalent", () => {
    expect(utcLabel(new Date("2021-03-30T14:52:31Z"))).toBe("2021-03-30 14:52 UTC");
  });
});
