import { describe, expect, it } from "vitest";
import { diffEntries, showValue } from "./diff";

describe("diffEntries", () => {
  it("compares objects key by key", () => {
    expect(diffEntries({ name: "API", status: "operational", gone: 1 }, { name: "API", status: "major_outage", added: true })).toEqual([
      { key: "name", before: "API", after: "API", change: "same" },
      { key: "status", before: "operational", after: "major_outage", change: "changed" },
      { key: "gone", before: 1, after: undefined, change: "removed" },
      { key: "added", before: undefined, after: true, change: "added" },
    ]);
  });

  it("treats a created or deleted entity as all added or all removed", () => {
    expect(diffEntries(null, { id: "a" })).toEqual([{ key: "id", before: undefined, after: "a", change: "added" }]);
    expect(diffEntries({ id: "a" }, null)).toEqual([{ key: "id", before: "a", after: undefined, change: "removed" }]);
  });

  it("compares nested values structurally and lists as one value", () => {
    expect(diffEntries({ ids: ["a", "b"] }, { ids: ["a", "b"] })[0]!.change).toBe("same");
    expect(diffEntries(["a", "b"], ["b", "a"])).toEqual([{ key: "value", before: ["a", "b"], after: ["b", "a"], change: "changed" }]);
    expect(diffEntries(null, null)).toEqual([]);
  });
});

describe("showValue", () => {
  it("shows text as is and everything else as JSON", () => {
    expect(showValue("x")).toBe("x");
    expect(showValue(null)).toBe("null");
    expect(showValue({ a: [1] })).toBe('{"a":[1]}');
    expect(showValue(undefined)).toBe("");
  });
});
