// One-command start: apply migrations, seed demo data on first run, build when the sources
// changed, then serve. `--dev` runs `next dev` instead of building. A restart during a database
// outage still serves: the public page answers from its last good snapshot on disk.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { sqliteFile } from "@/lib/database-url";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { issueOwnerSetupToken, ownerSetupUrl } from "@/server/auth/owner-setup-token";
import { getDb } from "@/server/db";
import { ensureSeeded } from "@/server/seed/apply";
import { bin, root, runNode } from "./lib/run";
import { sourceHash } from "./lib/source-hash";

const dev = process.argv.includes("--dev");
const prismaCli = bin("prisma/build/index.js");
const nextCli = bin("next/dist/bin/next");

function migrate() {
  if (env.database.provider === "sqlite") mkdirSync(path.dirname(sqliteFile(env.database)), { recursive: true });
  runNode("prisma migrate deploy", prismaCli, ["migrate", "deploy"], {
    ...process.env,
    DATABASE_URL: env.database.url,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
  });
}

async function databaseReachable(): Promise<boolean> {
  try {
    await getDb().$queryRawUnsafe("SELECT 1");
    return true;
  } catch (error) {
    logger.error({ err: error }, "database unreachable: skipping migrations and seed, serving the last good status page");
    return false;
  }
}

async function seed() {
  const db = getDb();
  const result = await ensureSeeded(db, { demo: env.SEED_DEMO_DATA ?? true });
  logger.info({ result }, "database ready");
}

// While nobody owns the page: a fresh one-time setup link (the previous one stops working).
async function ownerSetupLink(): Promise<string | null> {
  const token = await issueOwnerSetupToken(getDb());
  return token ? ownerSetupUrl(token) : null;
}

function buildIfNeeded() {
  const stamp = path.join(root, ".next/source-hash");
  const hash = sourceHash(root);
  const built = existsSync(path.join(root, ".next/BUILD_ID")) && existsSync(stamp) && readFileSync(stamp, "utf8") === hash;
  if (built) return;
  logger.info("building the app (first start or sources changed)");
  runNode("next build", nextCli, ["build"], { ...process.env, NEXT_TELEMETRY_DISABLED: "1" });
  writeFileSync(stamp, hash);
}

// The delivery worker runs beside the web server (its own process: a crash there never takes
// the page down) and is restarted if it dies. RUN_WORKER=0 when workers run elsewhere.
function superviseWorker(stopping: () => boolean) {
  const start = () => {
    const worker = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts/worker.ts")], { cwd: root, stdio: "inherit" });
    worker.on("exit", (code, signal) => {
      if (stopping()) return;
      logger.error({ code, signal }, "delivery worker exited; restarting in 2 s");
      setTimeout(start, 2_000).unref();
    });
    workers.push(worker);
  };
  const workers: ReturnType<typeof spawn>[] = [];
  start();
  return () => workers.forEach((w) => w.exitCode === null && w.kill("SIGTERM"));
}

function serve() {
  const args = dev ? ["dev"] : ["start"];
  args.push("--port", String(env.PORT), "--hostname", env.HOSTNAME);
  const child = spawn(process.execPath, [nextCli, ...args], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  logger.info({ url: `http://localhost:${env.PORT}`, database: env.database.provider }, "serving");
  let stopping = false;
  const stopWorker = env.RUN_WORKER === false ? () => {} : superviseWorker(() => stopping);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      stopping = true;
      stopWorker();
      child.kill(signal);
    });
  }
  child.on("exit", (code, signal) => {
    stopping = true;
    stopWorker();
    process.exit(code ?? (signal ? 1 : 0));
  });
}

try {
  let setupLink: string | null = null;
  try {
    migrate();
    await seed();
    setupLink = await ownerSetupLink();
  } catch (error) {
    // Unreachable: serve what we have. Reachable but failing: a real problem, stop.
    if (await databaseReachable()) throw error;
  }
  await getDb().$disconnect();
  if (!dev) buildIfNeeded();
  serve();
  // A plain line, whatever LOG_LEVEL says: the one thing the person starting the app must read.
  if (setupLink) process.stdout.write(`Set up the owner account (single use, valid 24 h): ${setupLink}\n`);
} catch (error) {
  logger.fatal({ err: error }, "start failed");
  process.exit(1);
}
