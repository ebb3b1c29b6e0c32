import { spawn } from "node:child_process";
import path from "node:path";
import type { Logger } from "pino";
import { onPublicSnapshotChange } from "@/server/public/snapshot-store";
import { root } from "./run";

/**
 * STATIC_EXPORT_DIR set: write the static mirror at start and after every change customers can see
 * (a new revision, not the minutely rebuild), in a child process, one at a time; changes made
 * meanwhile are folded into the next export.
 */
export function mirrorOnPublish(options: { dir: string; appUrl?: string; logger: Logger }): () => void {
  let running = false;
  let pending = false;
  let lastRevision = -1;
  const args = [
    process.execArgv.includes("--liftoff-only") ? "--liftoff-only" : "",
    path.join(root, "scripts/start.mjs"),
    "export-static",
    "--out",
    options.dir,
  ];
  if (options.appUrl) args.push("--app-url", options.appUrl);
  const run = () => {
    if (running) return void (pending = true);
    running = true;
    pending = false;
    const child = spawn(process.execPath, args.filter(Boolean), { cwd: root, stdio: "inherit" });
    child.on("exit", (code) => {
      running = false;
      if (code !== 0) options.logger.error({ code, dir: options.dir }, "static mirror export failed; the previous mirror is unchanged");
      if (pending) run();
    });
  };
  const unsubscribe = onPublicSnapshotChange(({ revision }) => {
    if (revision < 0 || revision === lastRevision) return;
    lastRevision = revision;
    run();
  });
  run(); // at start: the mirror may be older than what the database holds
  return unsubscribe;
}
