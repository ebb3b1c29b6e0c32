import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

// The folder holding package.json, whether this runs from scripts/ (tsx) or from the bundle in dist/.
function projectRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "package.json"))) return dir;
    if (path.dirname(dir) === dir) return process.cwd();
  }
}

export const root = projectRoot(import.meta.dirname);
export const bin = (name: string) => path.join(root, "node_modules", name);

/** Runs a Node CLI of this project in the foreground; throws with its name when it fails. */
export function runNode(label: string, script: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync(process.execPath, [script, ...args], { cwd: root, env, stdio: "inherit" });
  if (result.status !== 0) throw new Error(`${label} failed (exit ${result.status ?? result.signal})`);
}
