#!/usr/bin/env node
// The production build: `next build`, then the server and worker entries bundled into dist/ so
// production runs plain JavaScript (no TypeScript loader, no esbuild at run time).
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { bundle } from "./lib/bundle.mjs";
import { sourceHash } from "./lib/source-hash.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const ENTRIES = { serve: "scripts/serve.ts", worker: "scripts/worker.ts", "export-static": "scripts/export-static.ts" };

const hash = sourceHash(root);
const next = spawnSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
});
if (next.status !== 0) process.exit(next.status ?? 1);

await bundle(root, ENTRIES);
mkdirSync(path.join(root, "dist"), { recursive: true });
writeFileSync(path.join(root, "dist/source-hash"), hash);
