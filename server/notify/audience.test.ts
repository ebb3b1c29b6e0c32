import { describe, expect, it } from "vitest";
import { audienceWhere, decodeAudience, encodeAudience } from "./audience";

describe("audience", () => {
  it("stores component ids once each, in a stable order, and reads them back", () => {
    expect(encodeAudience(["b", "a", "b"])).toBe('["a","b"]');
    expect(decodeAudience(encodeAudience(["b", "a"]))).toEqual(["a", "b"]);
    expect(decodeAudience("[]")).toEqual([]);
  });

  it("refuses anything that is not a list of ids", () => {
    expect(() => decodeAudience('{"a":1}')).toThrow(/not an audience/);
    expect(() => decodeAudience("[1]")).toThrow(/not an audience/);
  });

  it("reaches active subscribers as of the announcement, filtered by component only when it names some", () => {
    const asOf = new Date("2026-12-04T10:00:00Z");
    expect(audienceWhere([], asOf)).toEqual({ status: "active", activatedAt: { lte: asOf } });
    expect(audienceWhere(["c1"], asOf)).toEqual({
      status: "active",
      activatedAt: { lte: asOf },
      OR: [{ components: { none: {} } }, { components: { some: { componentId: { in: ["c1"] } } } }],
    });
  });
});
