import { describe, expect, it } from "vitest";
import { findTextProblem, textProblem } from "./text-hygiene";

describe("text hygiene", () => {
  it("refuses lone surrogates and control characters, keeps tabs, line breaks and any real character", () => {
    expect(textProblem("API \ud800 down")).toMatch(/lone UTF-16 surrogate/);
    expect(textProblem("trailing \udfff")).toMatch(/surrogate/);
    expect(textProblem("nul \u0000 byte")).toMatch(/U\+0000/);
    expect(textProblem("bell\u0007")).toMatch(/U\+0007/);
    expect(textProblem("c1 \u0085")).toMatch(/U\+0085/);
    expect(textProblem("Line one\nline two\r\n\tindented")).toBeNull();
    expect(textProblem("Zürich 東京 🚀 \u200d")).toBeNull();
  });

  it("names the field where the first bad string sits", () => {
    expect(findTextProblem({ title: "ok", components: [{ name: "fine" }, { name: "bad\u0000" }] })).toEqual({
      path: "components.1.name",
      problem: expect.stringMatching(/control character/),
    });
    expect(findTextProblem({ title: "ok", count: 3, when: new Date(), nothing: null })).toBeNull();
    expect(findTextProblem("\ud800")).toEqual({ path: "input", problem: expect.any(String) });
  });
});
