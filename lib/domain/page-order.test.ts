import { describe, expect, it } from "vitest";
import { byPageOrder, mergeOrder, moveItem } from "./page-order";

describe("byPageOrder", () => {
  it("sorts by position, then name", () => {
    const items = [
      { id: "c", name: "Zeta", position: 1 },
      { id: "a", name: "Beta", position: 2 },
      { id: "b", name: "Alpha", position: 1 },
    ];
    expect(byPageOrder(items).map((i) => i.id)).toEqual(["b", "c", "a"]);
  });
});

describe("mergeOrder", () => {
  it("takes the requested order when it lists exactly the members", () => {
    expect(mergeOrder(["a", "b", "c"], ["c", "a", "b"])).toEqual({ order: ["c", "a", "b"], unknown: [] });
  });

  it("keeps members the request left out after the listed ones, in their current order", () => {
    expect(mergeOrder(["a", "new1", "b", "new2"], ["b", "a"])).toEqual({ order: ["b", "a", "new1", "new2"], unknown: [] });
  });

  it("reports ids that are not members", () => {
    expect(mergeOrder(["a", "b"], ["b", "x", "a"]).unknown).toEqual(["x"]);
  });
});

describe("moveItem", () => {
  it("moves up and down by one place", () => {
    expect(moveItem(["a", "b", "c"], "b", -1)).toEqual(["b", "a", "c"]);
    expect(moveItem(["a", "b", "c"], "b", 1)).toEqual(["a", "c", "b"]);
  });

  it("clamps at the ends and ignores unknown ids", () => {
    expect(moveItem(["a", "b"], "a", -1)).toEqual(["a", "b"]);
    expect(moveItem(["a", "b"], "b", 5)).toEqual(["a", "b"]);
    expect(moveItem(["a", "b"], "x", 1)).toEqual(["a", "b"]);
  });
});
