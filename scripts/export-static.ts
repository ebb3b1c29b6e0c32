// `npm run export:static -- --out DIR [--app-url URL]`: the public pages, v2 API, feeds, badges, widget
// and build assets as files, for any static host (compiled to dist/export-static.mjs). The same bytes
// the app serves, rendered by Next once each. Written beside DIR, then swapped in whole.
import { cpSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { logger } from "@/lib/logger";
import { mirrorPlan } from "@/server/page-cache/mirror-plan";
import { NOT_FOUND_KEYS } from "@/server/page-cache/page-routes";
import { startNextApp } from "@/server/page-cache/next-app";
import { snapshotIndex } from "@/server/page-cache/snapshot-index";
import { renderForStaticMirror } from "@/lib/public-links";
import { getPublicSnapshot } from "@/server/public/snapshot-store";
import { root } from "./lib/run";

const { values } = parseArgs({ options: { out: { type: "string" }, "app-url": { type: "string" } } });
if (!values.out) {
  console.error("usage: npm run export:static -- --out DIR [--app-url https://status-app.example.com]");
  process.exit(2);
}
const out = path.resolve(values.out);
const started = performance.now();

const { snapshot, stale } = await getPublicSnapshot();
// Forms (subscribe) need the app: links from the mirror go to the app's address.
renderForStaticMirror(values["app-url"] ?? snapshot.page.url);
const next = await startNextApp({ dir: root, port: 0, hostname: "127.0.0.1", logger });
const temp = `${out}.tmp-${process.pid}`;
rmSync(temp, { recursive: true, force: true });
let bytes = 0;
try {
  const plan = mirrorPlan(snapshotIndex(snapshot));
  for (const { key, file } of plan) {
    const page = await next.render(key);
    const expected = key === NOT_FOUND_KEYS.page ? 404 : 200;
    if (page.status !== expected) throw new Error(`${key} answered ${page.status}, expected ${expected}`);
    mkdirSync(path.dirname(path.join(temp, file)), { recursive: true });
    writeFileSync(path.join(temp, file), page.body);
    bytes += page.body.length;
  }
  cpSync(path.join(root, ".next/static"), path.join(temp, "_next/static"), { recursive: true });
  cpSync(path.join(root, "public"), temp, { recursive: true });
  if (existsSync(path.join(root, "public"))) cpSync(path.join(root, "public"), temp, { recursive: true });
  const old = `${out}.old-${process.pid}`;
  if (existsSync(out)) renameSync(out, old);
  renameSync(temp, out);
  rmSync(old, { recursive: true, force: true });
  const summary = {
    out,
    pages: plan.length,
    kB: Math.round(bytes / 1024),
    revision: snapshot.revision,
    stale,
    ms: Math.round(performance.now() - started),
  };
  logger.info(summary, "static mirror written");
} catch (error) {
  rmSync(temp, { recursive: true, force: true });
  logger.fatal({ err: error }, "static export failed; the previous mirror (if any) is unchanged");
  process.exitCode = 1;
} finally {
  await next.close();
}
process.exit();
