import { spawn, type ChildProcess } from "node:child_process";
import os from "node:os";
import { logger } from "@/lib/logger";
import { root } from "./run";

/**
 * V8 flags for the compiled worker (bench/sending.ts): Prisma's query compiler is WebAssembly run once
 * per batch, so Liftoff alone is enough; a 2 MiB young generation suits batches of short-lived strings.
 * The old generation is capped at 128 MiB because V8 otherwise lets garbage pile up with the number of
 * mails (peak 306 MiB at 50k, 311 at 100k) although what stays alive is ~45 MiB and does not grow with
 * the list (a 48 MiB cap runs out): with the cap, peak 183 MiB at 100k at the same speed.
 */
export const WORKER_NODE_FLAGS = ["--liftoff-only", "--max-semi-space-size=2", "--max-old-space-size=128"];

/**
 * The worker beside the web server runs at a lower CPU priority: a fan-out to 100k addresses keeps
 * it busy for minutes, and on a small machine the next publish, the console and the public page
 * should not queue behind it for a core. Sending loses nothing when the cores are free.
 */
const WORKER_NICENESS = 10;

/**
 * Runs the delivery worker beside the web server, as its own process (a crash there never takes the
 * page down), and restarts it if it dies. Returns the function that stops it.
 */
export function superviseWorker(args: string[]): () => void {
  let stopping = false;
  let current: ChildProcess | null = null;
  const start = () => {
    const child = (current = spawn(process.execPath, args, { cwd: root, stdio: "inherit" }));
    try {
      if (child.pid !== undefined) os.setPriority(child.pid, WORKER_NICENESS);
    } catch (error) {
      // Some containers forbid it; the worker then runs at the same priority as before.
      logger.warn({ err: error }, "could not lower the delivery worker's CPU priority");
    }
    child.on("exit", (code, signal) => {
      if (stopping) return;
      logger.error({ code, signal }, "delivery worker exited; restarting in 2 s");
      setTimeout(start, 2_000).unref();
    });
  };
  start();
  return () => {
    stopping = true;
    if (current?.exitCode === null) current.kill("SIGTERM");
  };
}
