import { describe, expect, it } from "vitest";
import { mirrorPlan } from "./mirror-plan";
import { routeOf } from "./page-routes";
import type { SnapshotIndex } from "./snapshot-index";

const index: SnapshotIndex = {
  incidents: new Map([
    ["i1", "api-down-k3f9"],
    ["api-down-k3f9", "api-down-k3f9"],
  ]),
  maintenance: new Map([
    ["m1", "db-upgrade-x1y2"],
    ["db-upgrade-x1y2", "db-upgrade-x1y2"],
  ]),
  components: new Set(["comp-1"]),
  componentPages: new Map([
    ["comp-1", "api"],
    ["api", "api"],
  ]),
  historyPages: 3,
};

describe("mirrorPlan", () => {
  const plan = mirrorPlan(index);

  it("writes every page once, under directory-style paths", () => {
    const files = plan.map((f) => f.file);
    expect(new Set(files).size).toBe(files.length);
    expect(files).toEqual(
      expect.arrayContaining([
        "index.html",
        "history/index.html",
        "history/page/2/index.html",
        "history/page/3/index.html",
        "incidents/api-down-k3f9/index.html",
        "maintenance/db-upgrade-x1y2/index.html",
        "api/v2/summary.json",
        "api/v2/incidents/unresolved.json",
        "feed.rss",
        "feed.atom",
        "maintenance.ics",
        "badge.svg",
        "badge/comp-1.svg",
        "components/api/index.html",
        "components/api/30/index.html",
        "components/api/365/index.html",
        "history/component/api/index.html",
        "history/component/api/page/3/index.html",
        "history.json",
        "widget.js",
        "embed/index.html",
        "404.html",
      ]),
    );
  });

  it("serves at each file's URL exactly what the app serves there", () => {
    for (const { key, file } of plan) {
      const url = `/${file.replace(/index\.html$/, "").replace(/\.html$/, "")}`;
      if (file === "404.html") continue;
      const route = routeOf(url, index);
      expect(route, file).toEqual({ kind: "cached", key, hot: expect.any(Boolean) });
    }
  });
});
