import { describe, expect, it } from "vitest";
import { ValidationError } from "@/server/errors";
import { checkFile, checkStart } from "./check-file";
import { componentsByName, importColumns, ImportRowChecker, statuspageLayout } from "./rows";

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

describe("Statuspage's subscriber CSV", () => {
  it("is recognised by its first row (type, then address) and read without a header", () => {
    expect(statuspageLayout(["email", "jane@example.com", "no"])).toMatchObject({ type: 0, email: 1, components: null });
    expect(statuspageLayout(["SMS", "5551234567", "US", "no"])).toMatchObject({ type: 0, email: 1 });
    // A header that starts with "email" is a header, not a subscriber.
    expect(statuspageLayout(["email", "components"])).toBeNull();
    expect(statuspageLayout(["Email address"])).toBeNull();
  });

  it("imports the email rows and rejects the others with the reason, not silently", async () => {
    const csv = [
      "email,jane@example.com,no",
      "sms,5551234567,US,no",
      "webhook,https://hooks.example.test/status,ops@example.test",
      "email,JANE@example.com,yes",
      "email,not-an-address,no",
      "email,bob@example.com,yes",
    ].join("\n");
    const { candidates, rejected } = await checkFile(csv, components);
    expect(candidates.map((c) => [c.line, c.email])).toEqual([
      [1, "jane@example.com"],
      [6, "bob@example.com"],
    ]);
    expect(rejected).toEqual([
      { line: 2, value: "5551234567", reason: "A sms subscriber: only email subscribers can be imported" },
      { line: 3, value: "https://hooks.example.test/status", reason: "A webhook subscriber: only email subscribers can be imported" },
      { line: 4, value: "JANE@example.com", reason: "Duplicate of line 1 (addresses are compared ignoring case)" },
      { line: 5, value: "not-an-address", reason: "Not a valid email address" },
    ]);
    expect(() => checkStart(csv)).not.toThrow();
  });

  it("with a header, reads its type column and imports email subscribers only", async () => {
    const csv = ["Type,Email,Components", "email,ann@example.com,API", "slack,,", "email,cy@example.com,"].join("\n");
    const { candidates, rejected } = await checkFile(csv, components);
    expect(candidates.map((c) => [c.email, c.componentIds])).toEqual([
      ["ann@example.com", ["c-api", "c-api-eu"]],
      ["cy@example.com", []],
    ]);
    expect(rejected).toEqual([{ line: 3, value: "", reason: "A slack subscriber: only email subscribers can be imported" }]);
  });
});
