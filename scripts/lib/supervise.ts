import { spawn, type ChildProcess } from "node:child_process";
import { logger } from "@/lib/logger";
import { root } from "./run";

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
