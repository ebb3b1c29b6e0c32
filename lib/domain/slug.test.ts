import { describe, expect, it } from "vitest";
import { slugBase, slugify } from "./slug";

describe("slugs", () => {
  it("keep lower-case ASCII words joined by single dashes, accents folded", () => {
    expect(slugify("  Élevated API errors — EU/US!  ")).toBe("elevated-api-errors-eu-us");
  });

  it("cut the readable part at 60 characters without a trailing dash, and fall back when nothing is left", () => {
    const base = slugBase(`${"a".repeat(59)} b`, "incident");
    expect(base).toBe("a".repeat(59));
    expect(slugBase("🔥🔥", "maintenance")).toBe("maintenance");
  });
});
