// npm run bench:public -- [--db sqlite|postgresql] [--rounds 20] [--renders 2000]
// The public side on the demo data (90 days of history): how long one snapshot build takes
// against the database (done once per change, not per request), and how many times a second
// each snapshot-served answer can be produced (v2 summary, RSS, Atom, badge, widget).
import { benchArgs, median } from "./args";
import { freshDatabase } from "@/test/fresh-db";
import { badgeSvg } from "@/server/badge/badge-svg";
import { statusBadge } from "@/server/badge/badge-status";
import { widgetScript } from "@/server/badge/widget-script";
import { buildAtomFeed, buildRssFeed } from "@/server/feeds/build-feed";
import { buildPublicSnapshot } from "@/server/public/build-snapshot";
import { seedDemoData } from "@/server/seed/apply";
import { V2_ENDPOINTS } from "@/server/statuspage-api/endpoints";

const args = benchArgs({ rounds: 20, renders: 2_000 });
const fresh = await freshDatabase("bench-public");
try {
  await seedDemoData(fresh.db);
  const builds: number[] = [];
  let snapshot = await buildPublicSnapshot(fresh.db);
  for (let i = 0; i < args.rounds; i++) {
    const t = performance.now();
    snapshot = await buildPublicSnapshot(fresh.db);
    builds.push(performance.now() - t);
  }
  const base = "https://status.example.com";
  const source = snapshot as Parameters<typeof V2_ENDPOINTS.summary>[0];
  const perSecond = (work: () => unknown) => {
    const t = performance.now();
    for (let i = 0; i < args.renders; i++) work();
    return Math.round(args.renders / ((performance.now() - t) / 1000));
  };
  console.log(
    JSON.stringify({
      bench: "public",
      db: args.db,
      snapshotBuildMedianMs: Math.round(median(builds) * 10) / 10,
      snapshotBytes: JSON.stringify(snapshot).length,
      perSecond: {
        v2Summary: perSecond(() => JSON.stringify(V2_ENDPOINTS.summary(source))),
        rss: perSecond(() => buildRssFeed(snapshot, base)),
        atom: perSecond(() => buildAtomFeed(snapshot, base)),
        badge: perSecond(() => badgeSvg(statusBadge(snapshot, null)!)),
        widget: perSecond(() => widgetScript(snapshot, base)),
      },
      heapUsedMiB: Math.round(process.memoryUsage().heapUsed / 1048576),
    }),
  );
} finally {
  await fresh.drop();
}
