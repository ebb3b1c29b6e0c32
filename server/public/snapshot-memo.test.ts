import { describe, expect, it } from "vitest";
import { apiSnapshot } from "@/test/fixtures/snapshot";
import { fromSnapshot } from "./snapshot-memo";

describe("fromSnapshot", () => {
  it("builds once per snapshot and key, again for a new snapshot", () => {
    let builds = 0;
    const build = () => ++builds;
    const first = apiSnapshot();
    expect(fromSnapshot(first, "rss", build)).toBe(1);
    expect(fromSnapshot(first, "rss", build)).toBe(1);
    expect(fromSnapshot(first, "atom", build)).toBe(2);
    expect(fromSnapshot(apiSnapshot(), "rss", build)).toBe(3);
  });
});
