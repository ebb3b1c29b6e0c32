// `npm run dev`: the same preparation as `npm start`, then `next dev` (pages rendered per request,
// reloaded on change) and a worker run from the TypeScript sources.
import { spawn } from "node:child_process";
import path from "node:path";
import { env } from "@/lib/env";
import { prepareDatabase, printSetupLink } from "./lib/prepare";
import { bin, root } from "./lib/run";
import { superviseWorker } from "./lib/supervise";

const setupLink = await prepareDatabase();
const next = spawn(process.execPath, [bin("next/dist/bin/next"), "dev", "--port", String(env.PORT), "--hostname", env.HOSTNAME], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
});
const stopWorker = env.RUN_WORKER === false ? () => {} : superviseWorker(["--import", "tsx", path.join(root, "scripts/worker.ts")]);
printSetupLink(setupLink);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    stopWorker();
    next.kill(signal);
  });
}
next.on("exit", (code) => {
  stopWorker();
  process.exit(code ?? 0);
});
