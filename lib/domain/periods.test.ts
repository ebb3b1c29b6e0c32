import { describe, expect, it } from "vitest";
import { groupPeriods } from "./periods";

const w = (componentId: string, start: string, end: string | null) => ({
  componentId,
  componentName: componentId,
  severity: "partial",
  start: `2021-03-30T${start}:00Z`,
  end: end && `2021-03-30T${end}:00Z`,
});
const t = (hhmm: string) => Date.parse(`2021-03-30T${hhmm}:00Z`);

describe("groupPeriods", () => {
  it("merges overlapping windows of different components and keeps separate periods apart", () => {
    const periods = groupPeriods(
      [w("auth", "14:52", "15:40"), w("batch", "14:54", "15:40"), w("auth", "16:25", "17:05"), w("auth", "18:10", "18:45")],
      t("20:00"),
    );
    expect(periods.map((p) => [p.start, p.end, p.windows.length])).toEqual([
      [t("14:52"), t("15:40"), 2],
      [t("16:25"), t("17:05"), 1],
      [t("18:10"), t("18:45"), 1],
    ]);
  });

  it("chains windows that touch and extends the period to the latest end", () => {
    const periods = groupPeriods([w("a", "10:00", "11:00"), w("b", "11:00", "12:30"), w("c", "10:30", "10:45")], t("20:00"));
    expect(periods).toHaveLength(1);
    expect(periods[0]).toMatchObject({ start: t("10:00"), end: t("12:30") });
  });

  it("keeps a period open while any of its windows is", () => {
    const periods = groupPeriods([w("a", "10:00", null), w("b", "10:05", "10:10")], t("11:00"));
    expect(periods).toEqual([expect.objectContaining({ start: t("10:00"), end: null })]);
  });
});
