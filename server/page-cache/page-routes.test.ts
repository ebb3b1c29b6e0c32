import { describe, expect, it } from "vitest";
import { NOT_FOUND_KEYS, routeOf } from "./page-routes";
import type { SnapshotIndex } from "./snapshot-index";

const index: SnapshotIndex = {
  incidents: new Map([
    ["inc-id", "api-down-k3f9"],
    ["api-down-k3f9", "api-down-k3f9"],
  ]),
  maintenance: new Map([
    ["m-id", "db-upgrade-x1y2"],
    ["db-upgrade-x1y2", "db-upgrade-x1y2"],
  ]),
  components: new Set(["comp-1", "group-1"]),
  componentPages: new Map([
    ["comp-1", "api"],
    ["api", "api"],
  ]),
  historyPages: 3,
};
const key = (target: string) => {
  const route = routeOf(target, index);
  return route.kind === "cached" ? route.key : route.kind;
};

describe("routeOf", () => {
  it("ignores every query parameter a page does not use", () => {
    for (const target of ["/", "/?x=1", "/?_rsc=abc", "/?page=2", "/?" + "a=b&".repeat(500)]) expect(key(target)).toBe("/");
    expect(key("/api/v2/summary.json?cb=123")).toBe("/api/v2/summary.json");
    expect(key("/feed.rss?utm_source=x")).toBe("/feed.rss");
  });

  it("keeps only history pages that exist", () => {
    expect(key("/history")).toBe("/history");
    expect(key("/history?page=1")).toBe("/history");
    expect(key("/history?page=2&x=y")).toBe("/history?page=2");
    expect(key("/history?page=3")).toBe("/history?page=3");
    for (const page of ["4", "0", "-1", "02", "1e21", "abc", "2.5", ""]) expect(key(`/history?page=${page}`)).toBe(NOT_FOUND_KEYS.page);
  });

  it("takes the static mirror's spellings of history pages and badges too", () => {
    expect(key("/history/page/2")).toBe("/history?page=2");
    expect(key("/history/page/3/")).toBe("/history?page=3");
    expect(key("/history/page/1")).toBe("/history");
    expect(key("/history/page/9")).toBe(NOT_FOUND_KEYS.page);
    expect(key("/badge/comp-1.svg")).toBe("/badge.svg?component=comp-1");
    expect(key("/badge/nope.svg")).toBe(NOT_FOUND_KEYS.badge);
  });

  it("gives each shown component a page per range, by slug or id, and one 404 for the rest", () => {
    expect(key("/components/api")).toBe("/components/api");
    expect(key("/components/comp-1/")).toBe("/components/api");
    expect(key("/components/api/90")).toBe("/components/api");
    expect(key("/components/api/30?x=1")).toBe("/components/api/30");
    expect(key("/components/comp-1/365/")).toBe("/components/api/365");
    for (const target of ["/components/nope", "/components/api/7", "/components/api/365/x", "/components/group-1", "/components/%ff"]) {
      expect(key(target)).toBe(NOT_FOUND_KEYS.component);
    }
    expect(key("/components/")).toBe(NOT_FOUND_KEYS.page);
  });

  it("filters history by a shown component, in both spellings, keeping the page", () => {
    expect(key("/history?component=api")).toBe("/history?component=api");
    expect(key("/history?component=comp-1&page=2&q=database")).toBe("/history?component=api&page=2");
    expect(key("/history?q=anything+at+all")).toBe("/history");
    expect(key("/history/component/api")).toBe("/history?component=api");
    expect(key("/history/component/api/page/3/")).toBe("/history?component=api&page=3");
    for (const target of [
      "/history?component=nope",
      "/history?component=api&page=4",
      "/history/component/api/x/2",
      "/history/component/api/page",
    ]) {
      expect(key(target)).toBe(NOT_FOUND_KEYS.page);
    }
  });

  it("names incidents and maintenance by their slug, whichever way they were asked for", () => {
    expect(key("/incidents/api-down-k3f9")).toBe("/incidents/api-down-k3f9");
    expect(key("/incidents/inc-id")).toBe("/incidents/api-down-k3f9");
    expect(key("/incidents/api-down-k3f9/")).toBe("/incidents/api-down-k3f9");
    expect(key("/maintenance/m-id?x=1")).toBe("/maintenance/db-upgrade-x1y2");
  });

  it("answers unknown or malformed slugs with one 404 per kind", () => {
    for (const slug of ["nope", "%", "%ff%fe", "api-down-k3f9/extra", "_not-found", "constructor", "__proto__"]) {
      expect(key(`/incidents/${slug}`)).toBe(NOT_FOUND_KEYS.incident);
      expect(key(`/maintenance/${slug}`)).toBe(NOT_FOUND_KEYS.maintenance);
    }
  });

  it("gives badges per shown component and one grey 404 badge for the rest", () => {
    expect(key("/badge.svg")).toBe("/badge.svg");
    expect(key("/badge.svg?component=comp-1")).toBe("/badge.svg?component=comp-1");
    expect(key("/badge.svg?component=group-1&style=flat")).toBe("/badge.svg?component=group-1");
    expect(key("/badge.svg?component=hidden-or-unknown")).toBe(NOT_FOUND_KEYS.badge);
  });

  it("serves the maintenance calendar per page and per shown component from the cache", () => {
    expect(key("/maintenance.ics")).toBe("/maintenance.ics");
    expect(key("/maintenance.ics?component=comp-1&x=1")).toBe("/maintenance.ics?component=comp-1");
    expect(key("/maintenance.ics?component=group-1")).toBe("/maintenance.ics?component=group-1");
    expect(key("/maintenance.ics?component=hidden-or-unknown")).toBe(NOT_FOUND_KEYS.page);
  });

  it("sends the console, sign-in, forms and the management API to Next", () => {
    for (const target of [
      "/admin",
      "/admin/",
      "/admin/incidents?x=1",
      "/api/auth/sign-in/email",
      "/api/admin/v1/incidents",
      "/api/health",
      "/subscribe",
      "/subscribe?email=a@b.c",
      "/subscribe/confirm/tok",
      "/subscription/tok",
      "/unsubscribe/tok",
      "/subscribe/chat",
      "/chat/confirm/tok",
      "/chat/tok",
      "/api/unsubscribe/tok",
      "/_next/image",
    ]) {
      expect(key(target)).toBe("next");
    }
  });

  it("serves build assets itself and everything unknown as the cached 404", () => {
    expect(routeOf("/_next/static/chunks/a.js?v=1", index)).toEqual({ kind: "asset", path: "/_next/static/chunks/a.js" });
    expect(routeOf("/favicon.ico?v=2", index)).toEqual({ kind: "asset", path: "/favicon.ico" });
    expect(routeOf("/robots.txt", index)).toEqual({ kind: "asset", path: "/robots.txt" });
    expect(key("/public/robots.txt")).toBe(NOT_FOUND_KEYS.page);
    for (const target of [
      "/random",
      "/administrator",
      "/api",
      "/api/v2/nope.json",
      "/wp-login.php",
      "/history/2",
      "/history/page",
      "/badge/",
      "http://evil/x",
      "//x",
    ]) {
      expect(key(target)).toBe(NOT_FOUND_KEYS.page);
    }
  });
});
