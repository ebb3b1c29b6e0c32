// The production server (compiled to dist/serve.mjs by scripts/build.mjs; `npm start` runs it through
// scripts/start.mjs): prepare the database, serve the app with the public pages from memory, and
// run a delivery worker beside it unless RUN_WORKER=0.
import path from "node:path";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { startFrontServer } from "@/server/page-cache/front-server";
import { mirrorOnPublish } from "./lib/mirror-on-publish";
import { prepareDatabase, printSetupLink } from "./lib/prepare";
import { root } from "./lib/run";
import { superviseWorker, WORKER_NODE_FLAGS } from "./lib/supervise";

const setupLink = await prepareDatabase();
const front = await startFrontServer({
  dir: root,
  port: env.PORT,
  hostname: env.HOSTNAME,
  logger,
  cacheBytes: env.PAGE_CACHE_MB * 1024 * 1024,
  proxyTrust: env.proxyTrust,
  https: env.baseUrl.startsWith("https:"),
});
logger.info({ url: `http://localhost:${env.PORT}`, database: env.database.provider }, "serving");
const stopWorker = env.RUN_WORKER === false ? () => {} : superviseWorker([...WORKER_NODE_FLAGS, path.join(root, "dist/worker.mjs")]);
if (env.STATIC_EXPORT_DIR) mirrorOnPublish({ dir: env.STATIC_EXPORT_DIR, appUrl: env.STATIC_EXPORT_APP_URL, logger });
printSetupLink(setupLink);

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    stopWorker();
    front.close().finally(() => process.exit(0));
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
