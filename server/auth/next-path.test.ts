import { describe, expect, it } from "vitest";
import { loginPath, safeNextPath } from "./next-path";

describe("safeNextPath", () => {
  it("keeps same-site paths with their query and hash", () => {
    expect(safeNextPath("/admin/incidents?status=open#top")).toBe("/admin/incidents?status=open#top");
    expect(safeNextPath("/history")).toBe("/history");
  });

  it("refuses anything that could leave the site", () => {
    for (const value of [
      "https://evil.example/admin",
      "//evil.example",
      "/\\evil.example",
      "/\t/evil.example",
      "javascript:alert(1)",
      "admin",
      "",
      undefined,
      ["/admin"],
    ]) {
      expect(safeNextPath(value)).toBe("/admin");
    }
  });

  it("normalises dot segments without leaving the site", () => {
    expect(safeNextPath("/admin/../../team")).toBe("/team");
  });
});

describe("loginPath", () => {
  it("remembers the asked-for page, but not the dashboard", () => {
    expect(loginPath("/admin/team?x=1")).toBe("/admin/login?next=%2Fadmin%2Fteam%3Fx%3D1");
    expect(loginPath("/admin")).toBe("/admin/login");
    expect(loginPath("//evil.example")).toBe("/admin/login");
  });
});
