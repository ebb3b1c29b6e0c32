import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { scriptJson } from "./script-json";

describe("scriptJson", () => {
  const hostile = "</script><script>alert(1)</script><!-- \u2028\u2029 & done";

  it("leaves no <, >, & or raw line separators in the output", () => {
    const json = scriptJson({ name: hostile });
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).toContain("\\u003c/script\\u003e");
  });

  it("evaluates back to the same value", () => {
    const value = { name: hostile, list: [1, null, "x"] };
    expect(vm.runInNewContext(`(${scriptJson(value)})`)).toEqual(value);
    expect(JSON.parse(scriptJson(value))).toEqual(value);
  });
});
