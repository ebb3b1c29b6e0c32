import { describe, expect, it } from "vitest";
import { jsonNestingDepth } from "./json-depth";

describe("jsonNestingDepth", () => {
  it("counts arrays and objects, not brackets inside strings or escaped quotes", () => {
    expect(jsonNestingDepth('{"a":1}')).toBe(1);
    expect(jsonNestingDepth('{"a":[{"b":[]}],"c":{}}')).toBe(4);
    expect(jsonNestingDepth('{"a":"[[[{{{","b":"\\"[[["}')).toBe(1);
    expect(jsonNestingDepth('"just a string"')).toBe(0);
  });

  it("measures 100,000 levels without recursion", () => {
    const deep = "[".repeat(100_000) + "]".repeat(100_000);
    expect(jsonNestingDepth(deep)).toBe(100_000);
  });
});
