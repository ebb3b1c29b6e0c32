import { spawn, type ChildProcess } from "node:child_process";
import { logger } from "@/lib/logger";
import { root } from "./run";

/**
 * V8 flags for the compiled worker (bench/sending.ts, 10k mails): Prisma's query compiler is
 * WebAssembly run once per batch, so Liftoff alone is enough; a 2 MiB young generation suits batches
 * of short-lived strings. Peak RSS ~250 → ~165 MiB.
 */
export const WORKER_NODE_FLAGS = ["--liftoff-only", "--max-semi-space-size=2"];

/**
 * Runs the delivery worker beside the web server, as its own process (a crash there never takes the
 * page down), and restarts it if it dies. Returns the function that stops it.
 */
export function superviseWorker(args: string[]): () => void {
  let stopping = false;
  let current: ChildProcess | null = null;
  const start = () => {
    current = spawn(process.execPath, args, { cwd: root, stdio: "inherit" });
    current.on("exit", (code, signal) => {
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
