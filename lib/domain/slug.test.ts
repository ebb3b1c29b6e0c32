import { describe, expect, it } from "vitest";
import { slugBase, slugify, componentSlugs } from "./slug";

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

describe("componentSlugs", () => {
  const at = (n: number) => new Date(Date.UTC(2026, 0, n));
  it("slugs names, the oldest keeping the plain slug and later namesakes numbered", () => {
    const slugs = componentSlugs([
      { id: "c3", name: "API", createdAt: at(3) },
      { id: "c1", name: "api", createdAt: at(1) },
      { id: "c2", name: "Café Checkout", createdAt: at(2) },
      { id: "c4", name: "API", createdAt: at(4) },
    ]);
    expect(Object.fromEntries(slugs)).toEqual({ c1: "api", c2: "cafe-checkout", c3: "api-2", c4: "api-3" });
  });
  it("uses the id for a name with nothing to slug, and never hands out another component's id", () => {
    const slugs = componentSlugs([
      { id: "abc", name: "🚀", createdAt: at(1) },
      { id: "x1", name: "abc", createdAt: at(2) },
    ]);
    expect(Object.fromEntries(slugs)).toEqual({ abc: "abc", x1: "abc-2" });
  });
  it("keeps stored slugs whatever the name became, and numbers around them", () => {
    const slugs = componentSlugs([
      // "API" renamed "Public API": its page stays at /components/api.
      { id: "c1", name: "Public API", createdAt: at(1), slug: "api" },
      { id: "c2", name: "API", createdAt: at(2), slug: null },
      { id: "c3", name: "Public API", createdAt: at(3) },
    ]);
    expect(Object.fromEntries(slugs)).toEqual({ c1: "api", c2: "api-2", c3: "public-api" });
  });
});
