#!/usr/bin/env node
// `npm start`: build when the sources changed since the last build (first start included), then run
// the compiled server in this same process (one process for the web side; the worker is its child).
// Memory flags are on the command line in package.json ("start"): `--liftoff-only` because Prisma's
// query compiler is WebAssembly and V8's optimising tier for it costs ~60 MiB while queries run once
// per page change, not per request; `--max-semi-space-size=1` because requests served from memory
// allocate little, and the default young generation holds ~30 MiB more; `--optimize-for-size` keeps
// the heap ~35 MiB smaller under load for ~10 % of peak requests per second (docs/benchmarks.md).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { sourceHash } from "./lib/source-hash.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const stamp = path.join(root, "dist/source-hash");
const built = existsSync(path.join(root, ".next/BUILD_ID")) && existsSync(stamp) && readFileSync(stamp, "utf8") === sourceHash(root);
if (!built) {
  console.log("Building the app (first start, or the sources changed)…");
  const build = spawnSync(process.execPath, [path.join(root, "scripts/build.mjs")], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
// `node scripts/start.mjs export-static --out DIR` or `… worker` runs another compiled entry (npm run export:static, npm run worker).
const entry = ["export-static", "worker"].includes(process.argv[2]) ? process.argv.splice(2, 1)[0] : "serve";
await import(pathToFileURL(path.join(root, `dist/${entry}.mjs`)).href);
