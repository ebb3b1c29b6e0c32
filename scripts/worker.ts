// The worker (email, webhooks, chat channels, subscriber imports and inbound alerts): `npm run worker`. Run one or more next to the web instances; with the
// one-command default, `npm start` runs one for you.
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { smtpTransport } from "@/lib/mailer";
import { devMailboxTransport } from "@/server/delivery/dev-mailbox";
import { getDb } from "@/server/db";
import { systemActor } from "@/server/context";
import { createDkimSigner } from "@/server/delivery/dkim";
import { dkimAlignmentWarning } from "@/server/delivery/dkim-alignment";
import { pruneDeliveries } from "@/server/delivery/prune";
import { runDeliveryWorker } from "@/server/delivery/worker";
import { forgetOldWorkers, recordWorkerStatus, workerOwnerId } from "@/server/delivery/worker-status";
import { HEARTBEAT_MS } from "@/server/delivery/worker-health";
import { runDueMaintenance } from "@/server/maintenance";
import { readSettings } from "@/server/settings/get-settings";
import { runImportWorker } from "@/server/subscriber/import/worker";
import { runAlertWorker } from "@/server/alert/worker";
import { runWebhookWorker } from "@/server/webhook/worker";
import { runChatWorker } from "@/server/chat/worker";

const db = getDb();
const transport = env.SMTP_URL
  ? smtpTransport({ url: env.SMTP_URL, poolSize: env.SMTP_POOL_SIZE, rateLimit: env.SMTP_RATE_LIMIT })
  : devMailboxTransport(db);
if (!env.SMTP_URL) logger.info("no SMTP_URL: mail goes to the dev mailbox (admin → Mailbox)");
const dkim =
  env.DKIM_DOMAIN && env.DKIM_SELECTOR && env.DKIM_PRIVATE_KEY
    ? createDkimSigner({
        domainName: env.DKIM_DOMAIN,
        keySelector: env.DKIM_SELECTOR,
        privateKey: env.DKIM_PRIVATE_KEY.replaceAll("\\n", "\n"),
      })
    : undefined;
// A rate-limited batch must still finish well within its lease.
const batchSize =
  env.SMTP_RATE_LIMIT > 0
    ? Math.max(1, Math.min(env.SMTP_BATCH_SIZE, Math.floor((env.SMTP_RATE_LIMIT * env.WORKER_LEASE_MS) / 4_000)))
    : env.SMTP_BATCH_SIZE;
if (env.DKIM_DOMAIN) {
  const sender = await readSettings(db).catch(() => null);
  const warning = sender && dkimAlignmentWarning(env.DKIM_DOMAIN, sender.senderEmail);
  if (warning) logger.warn({ dkimDomain: env.DKIM_DOMAIN, senderEmail: sender.senderEmail }, warning);
}

const controller = new AbortController();
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => controller.abort());

// Timed jobs ride on the email loop: maintenance auto start/complete (so its announcements go out at
// once, every 15 s) and forgetting old deliveries (hourly).
const maintenanceCtx = { db, actor: systemActor("worker") };
let lastMaintenanceCheck = 0;
let lastPrune = 0;
async function tick() {
  if (Date.now() - lastPrune >= 3_600_000) {
    lastPrune = Date.now();
    const pruned = await pruneDeliveries(db, env.DELIVERY_RETENTION_DAYS);
    if (pruned) logger.info({ pruned, days: env.DELIVERY_RETENTION_DAYS }, "old message events forgotten");
  }
  if (Date.now() - lastMaintenanceCheck < 15_000) return;
  lastMaintenanceCheck = Date.now();
  const applied = await runDueMaintenance({ ctx: maintenanceCtx });
  if (applied.length) logger.info({ applied }, "maintenance transitions applied");
}

// Heartbeat for the deliveries page (web process): one upsert every 10 s, on its own timer so a long
// send round does not look like a dead worker. The SMTP circuit's changes go through the same call.
const owner = workerOwnerId();
const beat = () => recordWorkerStatus(db, { owner }).catch((error: unknown) => logger.warn({ err: error }, "worker heartbeat failed"));
await forgetOldWorkers(db).catch(() => 0);
await beat();
const heartbeat = setInterval(beat, HEARTBEAT_MS);

const common = { db, provider: env.database.provider, logger, leaseMs: env.WORKER_LEASE_MS, signal: controller.signal };
await Promise.all([
  runDeliveryWorker({
    ...common,
    tick,
    transport,
    dkim,
    batchSize,
    concurrency: env.SMTP_POOL_SIZE,
    // The circuit's state for the logs and the deliveries page (which runs in the web process).
    onCircuitChange: (circuit) => {
      if (circuit.state === "open") logger.warn({ circuit }, "SMTP server unreachable: sending paused, probing with backoff");
      else logger.info({ circuit }, "SMTP server reachable again: sending resumes");
      const { state, lastError, failures, nextProbeAt } = circuit;
      recordWorkerStatus(db, { owner, circuit: { state, lastError, consecutiveFailures: failures, nextProbeAt } }).catch((error: unknown) =>
        logger.warn({ err: error }, "could not record the SMTP circuit state"),
      );
    },
  }),
  runImportWorker({ db, logger, leaseMs: env.WORKER_LEASE_MS, signal: controller.signal }),
  runAlertWorker({ db, logger, signal: controller.signal }),
  runWebhookWorker({ ...common, timeoutMs: Math.min(10_000, env.WORKER_LEASE_MS / 2), allowPrivate: env.WEBHOOK_ALLOW_PRIVATE ?? false }),
  runChatWorker({ ...common, timeoutMs: Math.min(10_000, env.WORKER_LEASE_MS / 2), allowPrivate: env.WEBHOOK_ALLOW_PRIVATE ?? false }),
]);
clearInterval(heartbeat);
transport.close();
await db.$disconnect();
