import { describe, expect, it } from "vitest";
import { migrationState } from "./migrations";

describe("migrationState", () => {
  it("lists shipped migrations the database has not applied", () => {
    expect(migrationState(["a", "b", "c"], ["a"])).toEqual({ applied: 1, pending: ["b", "c"], unknown: [] });
  });

  it("reports applied migrations this build does not know (database newer than the code)", () => {
    expect(migrationState(["a"], ["a", "z"])).toEqual({ applied: 2, pending: [], unknown: ["z"] });
  });
});
