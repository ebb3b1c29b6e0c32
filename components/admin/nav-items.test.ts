import { describe, expect, it } from "vitest";
import { ACCOUNT_ITEM, isActive, NAV_ITEMS } from "./nav-items";

describe("admin navigation", () => {
  it("marks the section a page belongs to", () => {
    expect(isActive("/admin", "/admin")).toBe(true);
    expect(isActive("/admin", "/admin/incidents")).toBe(false);
    expect(isActive("/admin/incidents", "/admin/incidents/abc")).toBe(true);
    expect(isActive("/admin/incidents", "/admin/incidents-archive")).toBe(false);
  });

  it("has one shortcut per section", () => {
    const keys = [...NAV_ITEMS, ACCOUNT_ITEM].flatMap((item) => (item.shortcut ? [item.shortcut] : []));
    expect(new Set(keys).size).toBe(keys.length);
  });
});
