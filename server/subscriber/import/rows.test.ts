import { describe, expect, it } from "vitest";
import { ValidationError } from "@/server/errors";
import { componentsByName, importColumns, ImportRowChecker } from "./rows";

const components = componentsByName([
  { id: "c-api", name: "API" },
  { id: "c-web", name: "Web app" },
  { id: "c-api-eu", name: " api " },
]);

const checker = (header = ["Email", "Components"]) => new ImportRowChecker(importColumns(header), components);

describe("import columns", () => {
  it("finds the email and components columns, whatever their case and position", () => {
    expect(importColumns(["name", " E-Mail ", "components"])).toEqual({ email: 1, components: 2, width: 3 });
    expect(importColumns(["email"])).toEqual({ email: 0, components: null, width: 1 });
  });

  it("refuses a header without an email column, naming what it found", () => {
    const error = (() => {
      try {
        importColumns(["name", "address"]);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors).toEqual({
      csv: ["The first row must name an “email” column (it has “name”, “address”)"],
    });
  });
});

describe("import rows", () => {
  it("accepts a valid row with component names separated by ;", () => {
    expect(checker().check({ line: 2, fields: [" Jane@Example.com ", "api; Web App ;"] })).toEqual({
      line: 2,
      email: "Jane@Example.com",
      emailNormalized: "jane@example.com",
      componentIds: ["c-api", "c-api-eu", "c-web"],
    });
  });

  it("rejects bad addresses, unknown components and repeats, with reasons", () => {
    const rows = checker();
    expect(rows.check({ line: 2, fields: ["not-an-address", ""] })).toEqual({
      line: 2,
      value: "not-an-address",
      reason: "Not a valid email address",
    });
    expect(rows.check({ line: 3, fields: ["", "API"] })).toEqual({ line: 3, value: "", reason: "No email address" });
    expect(rows.check({ line: 4, fields: ["a@x.io", "API;Billing;Search"] })).toEqual({
      line: 4,
      value: "a@x.io",
      reason: "Unknown components: Billing, Search",
    });
    expect(rows.check({ line: 5, fields: ["a@x.io", "API"] })).toMatchObject({ line: 5 });
    expect(rows.check({ line: 6, fields: ["A@X.IO", ""] })).toEqual({
      line: 6,
      value: "A@X.IO",
      reason: "Duplicate of line 5 (addresses are compared ignoring case)",
    });
    expect(rows.check({ line: 7, fields: ["b@x.io", "API", "extra"] })).toEqual({
      line: 7,
      value: "b@x.io",
      reason: "Has 3 fields but the header has 2 (an unquoted comma?)",
    });
  });

  it("skips blank lines and accepts rows shorter than the header", () => {
    const rows = checker(["email", "name", "components"]);
    expect(rows.check({ line: 2, fields: [""] })).toBeNull();
    expect(rows.check({ line: 3, fields: [" ", "", ""] })).toBeNull();
    expect(rows.check({ line: 4, fields: ["c@x.io"] })).toMatchObject({ emailNormalized: "c@x.io", componentIds: [] });
  });
});
