// npx tsx bench/sending.ts -- [--db sqlite|postgresql] [--deliveries 10000] [--pool 5] [--batch 200] [--dkim none|rsa|ed25519] [--flags "--max-semi-space-size=1"]
// One compiled worker process (the production bundle) drains N queued email deliveries, inserted
// directly, to a real smtp-server on loopback that only counts. Reports mails/s, the worker's
// idle RSS (before the deliveries come due), peak RSS, and duplicates. A quick measurement, not a test.
import { spawn } from "node:child_process";
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { SMTPServer } from "smtp-server";
import { freshDatabase } from "@/test/fresh-db";
import { bundle } from "../scripts/lib/bundle.mjs";

const { values } = parseArgs({
  options: {
    db: { type: "string", default: "sqlite" },
    deliveries: { type: "string", default: "10000" },
    pool: { type: "string", default: "5" },
    batch: { type: "string", default: "200" },
    dkim: { type: "string", default: "none" },
    flags: { type: "string", default: "" },
  },
});
process.env.TEST_DATABASE = values.db === "postgresql" ? "postgresql" : "sqlite";
const N = Number(values.deliveries);
const root = path.resolve(import.meta.dirname, "..");

// The worker as production runs it: bundled by the same esbuild step (into dist-bench/, beside dist/).
await bundle(root, { worker: "scripts/worker.ts" }, "dist-bench");

const received = new Map<string, number>();
let first = 0;
let last = 0;
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["AUTH", "STARTTLS"],
  logger: false,
  onData(stream, session, callback) {
    stream.resume();
    stream.on("end", () => {
      const to = session.envelope.rcptTo[0]?.address ?? "";
      received.set(to, (received.get(to) ?? 0) + 1);
      last = performance.now();
      first ||= last;
      callback(null, `Ok: queued as B${received.size}`);
    });
  },
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const port = (server as unknown as { server: { address(): { port: number } } }).server.address().port;

const fresh = await freshDatabase("bench-sending");
const { db } = fresh;
try {
  // N active subscribers, one published incident, N queued deliveries due in an hour (so the worker idles first).
  const component = await db.component.create({ data: { name: "API" } });
  const incident = await db.incident.create({
    data: {
      slug: `bench-${Date.now()}`,
      title: "Elevated API errors",
      impact: "major",
      startedAt: new Date(),
      publishedAt: new Date(),
      components: { create: [{ componentId: component.id }] },
      updates: {
        create: [
          {
            status: "investigating",
            body: "We are investigating elevated errors on the API.\n\nNext update in 30 minutes.",
            displayAt: new Date(),
          },
        ],
      },
    },
  });
  const notification = await db.notification.create({ data: { kind: "incident_published", incidentId: incident.id, recipients: N } });
  const later = new Date(Date.now() + 3_600_000);
  for (let start = 0; start < N; start += 1_000) {
    const rows = Array.from({ length: Math.min(1_000, N - start) }, (_, i) => ({
      id: `sub${String(start + i).padStart(8, "0")}`,
      email: `b${start + i}@bench.test`,
      emailNormalized: `b${start + i}@bench.test`,
      status: "active",
      source: "import",
      manageSalt: randomBytes(16).toString("hex"),
    }));
    await db.subscriber.createMany({ data: rows });
    await db.delivery.createMany({
      data: rows.map((s) => ({
        notificationId: notification.id,
        subscriberId: s.id,
        recipient: s.email,
        nextAttemptAt: later,
      })),
    });
  }

  const dkimEnv: Record<string, string> = {};
  if (values.dkim === "rsa" || values.dkim === "ed25519") {
    const { privateKey } = values.dkim === "rsa" ? generateKeyPairSync("rsa", { modulusLength: 2048 }) : generateKeyPairSync("ed25519");
    Object.assign(dkimEnv, {
      DKIM_DOMAIN: "bench.test",
      DKIM_SELECTOR: "s1",
      DKIM_PRIVATE_KEY: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    });
  }
  const flags = values.flags ? values.flags.split(/\s+/) : [];
  const worker = spawn(process.execPath, [...flags, path.join(root, "dist-bench/worker.mjs")], {
    cwd: root,
    env: {
      ...process.env,
      ...dkimEnv,
      NODE_ENV: "production",
      LOG_LEVEL: "warn",
      DATABASE_URL: fresh.url,
      SMTP_URL: `smtp://127.0.0.1:${port}`,
      SMTP_POOL_SIZE: values.pool,
      SMTP_BATCH_SIZE: values.batch,
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const rss = () => {
    const status = readFileSync(`/proc/${worker.pid}/status`, "utf8");
    const field = (name: string) => Math.round(Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024);
    return { rss: field("VmRSS"), peak: field("VmHWM") };
  };
  // Worker CPU (user + system, clock ticks of 10 ms): per mail, independent of what else the machine runs.
  const cpuMs = () =>
    readFileSync(`/proc/${worker.pid}/stat`, "utf8")
      .split(") ")[1]!
      .split(" ")
      .slice(11, 13)
      .reduce((sum, v) => sum + Number(v) * 10, 0);
  await new Promise((resolve) => setTimeout(resolve, 4_000));
  const idle = rss();
  const cpuBefore = cpuMs();
  const ownCpuBefore = process.cpuUsage();
  const t0 = performance.now();
  await db.delivery.updateMany({ where: { notificationId: notification.id }, data: { nextAttemptAt: new Date() } });
  let maxRss = idle.rss;
  while (received.size < N && performance.now() - t0 < 600_000) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    maxRss = Math.max(maxRss, rss().rss);
  }
  const drained = performance.now();
  while (
    (await db.delivery.count({ where: { notificationId: notification.id, state: "sent" } })) < N &&
    performance.now() - drained < 30_000
  ) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const after = rss();
  const workerCpuMs = cpuMs() - cpuBefore;
  const own = process.cpuUsage(ownCpuBefore);
  worker.kill("SIGTERM");
  await new Promise((resolve) => worker.once("exit", resolve));
  const duplicates = [...received.values()].reduce((sum, n) => sum + n - 1, 0);
  console.log(
    JSON.stringify({
      bench: "sending",
      db: values.db,
      deliveries: N,
      pool: Number(values.pool),
      batch: Number(values.batch),
      dkim: values.dkim,
      flags: values.flags,
      received: received.size,
      duplicates,
      mailsPerSecond: Math.round(((received.size - 1) / (last - first)) * 1000),
      wallSeconds: Math.round((drained - t0) / 100) / 10,
      workerCpuMsPerMail: Math.round((workerCpuMs / N) * 1000) / 1000,
      // What one worker could send with a core to itself (the SMTP server here takes the other).
      impliedMailsPerCpuSecond: Math.round((N / workerCpuMs) * 1000),
      serverAndBenchCpuMsPerMail: Math.round(((own.user + own.system) / 1000 / N) * 1000) / 1000,
      workerRssMiB: { idle: idle.rss, peak: after.peak, maxSampled: maxRss, afterSend: after.rss },
    }),
  );
} finally {
  server.close();
  await fresh.drop();
}
