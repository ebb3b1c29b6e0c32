// npm run bench:fanout -- [--db sqlite|postgresql] [--subscribers 5000] [--workers 2] [--pool 4]
// One publish to N active subscribers: how long the outbox write takes inside the publishing
// transaction, how long real worker processes take to send everything to a real SMTP server on
// loopback, and the workers' peak memory. Results: docs/benchmarks.md.
import { benchArgs, peakRssMiB } from "./args";
import { freshDatabase } from "@/test/fresh-db";
import { makeSubscribers, publishIncident } from "@/test/outbox-fixtures";
import { SmtpCatcher } from "@/test/smtp-catcher";
import { spawnWorker, stopWorker } from "@/test/worker-process";

const args = benchArgs({ subscribers: 5_000, workers: 2, pool: 4 });
const fresh = await freshDatabase("bench-fanout");
const catcher = new SmtpCatcher();
await catcher.start();
try {
  const { db } = fresh;
  const component = await db.component.create({ data: { name: "API" } });
  await makeSubscribers(db, args.subscribers, { prefix: "bench" });

  const t0 = performance.now();
  const notificationId = await publishIncident(db, [component.id]);
  const enqueueMs = performance.now() - t0;

  const env = { DATABASE_URL: fresh.url, SMTP_URL: catcher.url, SMTP_POOL_SIZE: String(args.pool), WORKER_LEASE_MS: "60000" };
  const t1 = performance.now();
  const workers = Array.from({ length: args.workers }, () => spawnWorker(env));
  let peaks: Array<number | null> = [];
  try {
    while ((await db.delivery.count({ where: { notificationId, state: "sent" } })) < args.subscribers) {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    peaks = await Promise.all(workers.map((w) => peakRssMiB(w.pid!)));
  } finally {
    await Promise.all(workers.map((w) => stopWorker(w)));
  }
  const drainMs = performance.now() - t1;
  const duplicates = [...catcher.countsByRecipient().values()].reduce((sum, n) => sum + n - 1, 0);
  console.log(
    JSON.stringify({
      bench: "fanout",
      db: args.db,
      subscribers: args.subscribers,
      workers: args.workers,
      smtpPool: args.pool,
      enqueueMs: Math.round(enqueueMs),
      drainMs: Math.round(drainMs),
      mailsPerSecond: Math.round((args.subscribers / drainMs) * 1000),
      duplicates,
      workerPeakRssMiB: peaks,
    }),
  );
} finally {
  await catcher.stop();
  await fresh.drop();
}
