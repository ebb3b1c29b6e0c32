import { spawn, type ChildProcess } from "node:child_process";

/** Starts the app the way users do (`npm start`) on its own port and database. */
export type AppProcess = { pid: number; stop: () => Promise<void>; output: () => string };

export async function startApp(env: Record<string, string>, port: number): Promise<AppProcess> {
  let output = "";
  const child: ChildProcess = spawn("npm", ["start"], {
    env: { ...process.env, ...env, PORT: String(port), HOSTNAME: "127.0.0.1", NODE_ENV: "production", LOG_LEVEL: "warn" },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  // The whole process group (npm, the server, its worker); ESRCH: already gone.
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
    }
  };
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return signalGroup("SIGKILL");
    const exited = new Promise((resolve) => child.once("exit", resolve));
    signalGroup("SIGTERM");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    signalGroup("SIGKILL");
  };
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`app exited early (${child.exitCode}):\n${output}`);
    const ok = await fetch(`http://127.0.0.1:${port}/`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) return { pid: child.pid!, stop, output: () => output };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stop();
  throw new Error(`app did not answer on port ${port}:\n${output}`);
}
