import { describe, expect, it } from "vitest";
import { AA_NORMAL_TEXT, contrastRatio, formatRatio, normalizeHex } from "./contrast";

describe("contrast", () => {
  it("matches WCAG's reference values", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#ffffff", "#ffffff")).toBe(1);
    // #767676 is the classic lightest grey that passes AA on white (4.54:1); #777777 fails (4.48:1).
    expect(contrastRatio("#767676", "#ffffff")).toBeGreaterThanOrEqual(AA_NORMAL_TEXT);
    expect(contrastRatio("#777777", "#ffffff")).toBeLessThan(AA_NORMAL_TEXT);
    expect(contrastRatio("#0055cc", "#ffffff")).toBeCloseTo(contrastRatio("#ffffff", "#0055cc"), 10);
  });

  it("reads #rgb and #rrggbb in any case, and nothing else", () => {
    expect(normalizeHex("#0AF")).toBe("#00aaff");
    expect(normalizeHex(" 1d4ed8 ")).toBe("#1d4ed8");
    for (const bad of ["", "#12", "#12345", "#ggg", "red", "rgb(0,0,0)", "#1234567"]) expect(normalizeHex(bad)).toBeNull();
  });

  it("never rounds a failing ratio up to a passing one", () => {
    expect(formatRatio(4.49)).toBe("4.4:1");
    expect(formatRatio(21)).toBe("21:1");
  });
});
