import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmdirSync, statSync } from "node:fs";
import path from "node:path";
import { sourceHash } from "../scripts/lib/source-hash.mjs";

const root = path.resolve(import.meta.dirname, "..");
const stamp = path.join(root, "dist/source-hash");
const lock = path.join(root, "data/test/build.lock");

const isBuilt = () =>
  existsSync(path.join(root, ".next/BUILD_ID")) && existsSync(stamp) && readFileSync(stamp, "utf8") === sourceHash(root);

function build(): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = "";
    const child = spawn(process.execPath, [path.join(root, "scripts/build.mjs")], {
      cwd: root,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`production build failed (${code}):\n${output}`))));
  });
}

/**
 * The production build `npm start` would make, made once: both database projects start the app at the
 * same time, and two builds writing one `.next` would break each other. A lock older than 15 min is stale.
 */
export async function ensureProductionBuild(): Promise<void> {
  mkdirSync(path.dirname(lock), { recursive: true });
  for (;;) {
    if (isBuilt()) return;
    try {
      mkdirSync(lock);
    } catch {
      const since = statSync(lock, { throwIfNoEntry: false })?.mtimeMs;
      if (since !== undefined && Date.now() - since > 15 * 60_000) rmdirSync(lock);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      continue;
    }
    try {
      if (!isBuilt()) await build();
      return;
    } finally {
      rmdirSync(lock);
    }
  }
}
