import { describe, expect, it } from "vitest";
import { ValidationError } from "@/server/errors";
import { decodeCursor, encodeCursor, parseJson } from "./cursor";

describe("audit cursor", () => {
  it("round-trips the last row's time and id", () => {
    const row = { createdAt: new Date("2021-03-30T14:52:00.123Z"), id: "clx123" };
    expect(decodeCursor(encodeCursor(row))).toEqual(row);
  });

  it("rejects a tampered cursor with a field error", () => {
    expect(() => decodeCursor("bm9wZQ")).toThrow(ValidationError);
  });
});

describe("parseJson", () => {
  it("parses stored JSON and keeps anything else as text", () => {
    expect(parseJson('{"a":1}')).toEqual({ a: 1 });
    expect(parseJson(null)).toBeNull();
    expect(parseJson("not json")).toBe("not json");
  });
});
