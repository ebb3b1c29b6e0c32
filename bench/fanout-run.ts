import { generateKeyPairSync } from "node:crypto";
import { startApp, type AppProcess } from "@/test/app-process";
import { CountingSmtp } from "./counting-smtp";
import { benchToken, emptyDatabase, openDb, seedSubscribers } from "./fanout-data";
import { PageProber, percentile } from "./page-prober";
import { processTree } from "./process-tree";

export type Dkim = "off" | "rsa" | "ed25519";
export type RunOptions = {
  db: "sqlite" | "postgresql";
  size: number;
  publishes: number;
  dkim: Dkim;
  port: number;
  pool?: number;
  stallSeconds: number;
  pageRate: number;
};
export type Cleanup = (label: string, fn: () => Promise<void>) => () => Promise<void>;

const round = (n: number | null) => (n === null ? null : Math.round(n));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** DKIM settings as an operator sets them (PEM in DKIM_PRIVATE_KEY, newlines escaped as in a .env line). */
function dkimEnv(dkim: Dkim): Record<string, string> {
  if (dkim === "off") return {};
  const { privateKey } =
    dkim === "rsa"
      ? generateKeyPairSync("rsa", {
          modulusLength: 2048,
          privateKeyEncoding: { type: "pkcs8", format: "pem" },
          publicKeyEncoding: { type: "spki", format: "pem" },
        })
      : generateKeyPairSync("ed25519", {
          privateKeyEncoding: { type: "pkcs8", format: "pem" },
          publicKeyEncoding: { type: "spki", format: "pem" },
        });
  return { DKIM_DOMAIN: "bench.test", DKIM_SELECTOR: "bench", DKIM_PRIVATE_KEY: privateKey.replaceAll("\n", "\\n") };
}

/** Samples the worker processes of the app's tree (dist/worker.mjs): highest RSS and high-water mark seen. */
function workerMemory(appPid: number) {
  let peakMiB = 0;
  const sample = () => {
    for (const p of processTree(appPid)) if (p.command.includes("worker.mjs")) peakMiB = Math.max(peakMiB, p.rssMiB, p.peakMiB);
  };
  const timer = setInterval(sample, 250);
  return { stop: () => (clearInterval(timer), sample(), Math.round(peakMiB)) };
}

/**
 * One measured run: a fresh database, `npm start` (web + its worker) pointed at a counting SMTP server,
 * `size` active and size/10 inactive subscribers, then `publishes` incidents through the management API.
 */
export async function fanoutRun(o: RunOptions, cleanup: Cleanup) {
  const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;
  const tag = new RegExp(`fanout-p\\d+-${run}`);
  const smtp = new CountingSmtp(tag);
  await smtp.start();
  const stopSmtp = cleanup("smtp", () => smtp.stop());
  const database = await emptyDatabase(o.db);
  const dropDatabase = cleanup(`database ${database.url}`, () => database.drop());
  const db = openDb(database.url);
  let stopApp = async () => {};
  try {
    const base = `http://127.0.0.1:${o.port}`;
    const app: AppProcess = await startApp(
      {
        DATABASE_URL: database.url,
        SMTP_URL: smtp.url,
        PUBLIC_URL: base,
        CACHE_DIR: `${database.dir}/cache`,
        AUTH_SECRET_FILE: `${database.dir}/auth-secret`,
        ...(o.pool ? { SMTP_POOL_SIZE: String(o.pool) } : {}),
        ...dkimEnv(o.dkim),
      },
      o.port,
    );
    stopApp = cleanup("app", app.stop);
    const seedStart = performance.now();
    await seedSubscribers(db, o.size, Math.ceil(o.size / 10), run);
    const seedMs = performance.now() - seedStart;
    const token = await benchToken(db, run);
    const component = await db.component.findFirstOrThrow({ orderBy: { position: "asc" } });
    const audience = await db.subscriber.count({ where: { status: "active" } });
    const expected = audience * o.publishes;

    const memory = workerMemory(app.pid);
    // Warm the page first: the idle phase should measure a served page, not the first render.
    for (let i = 0; i < 20; i++)
      await fetch(`${base}/`).then(
        (r) => r.arrayBuffer(),
        () => sleep(100),
      );
    const prober = new PageProber(`${base}/`, 2, o.pageRate);
    await sleep(3_000);
    prober.mark("run");
    const t0 = performance.now();
    const publishMs: number[] = [];
    const incidentIds: string[] = [];
    for (let k = 1; k <= o.publishes; k++) {
      const started = performance.now();
      const response = await fetch(`${base}/api/admin/v1/incidents`, {
        method: "POST",
        headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
        body: JSON.stringify({
          title: `Bench fanout-p${k}-${run}`,
          body: "Elevated **error rates** on the API.\n\n- investigating\n- more soon",
          impact: "minor",
          components: [{ componentId: component.id, status: "degraded_performance" }],
          notify: true,
        }),
        signal: AbortSignal.timeout(600_000),
      });
      publishMs.push(performance.now() - started);
      if (response.status !== 201) {
        console.error(`app output (end):\n${app.output().slice(-3_000)}`);
        throw new Error(`publish ${k} answered ${response.status} after ${Math.round(publishMs.at(-1)!)} ms`);
      }
      incidentIds.push(((await response.json()) as { data: { id: string } }).data.id);
    }
    const notifications = (await db.notification.findMany({ where: { incidentId: { in: incidentIds } }, select: { id: true } })).map(
      (n) => n.id,
    );

    // Delivery rows may be written by the publish or expanded later by the worker: poll until all exist.
    let rowsAt: number | null = null;
    let rows = 0;
    let lastProgress = { at: performance.now(), value: -1 };
    while (rowsAt === null || smtp.unique < expected) {
      if (rowsAt === null) {
        rows = await db.delivery.count({ where: { notificationId: { in: notifications }, channel: "email" } });
        if (rows >= expected) rowsAt = performance.now() - t0;
      }
      const progress = rows + smtp.received;
      if (progress !== lastProgress.value) lastProgress = { at: performance.now(), value: progress };
      else if (performance.now() - lastProgress.at > o.stallSeconds * 1000) break;
      await sleep(200);
    }
    const stalled = smtp.unique < expected;
    // Late duplicates (a resend after a lease expired) would arrive shortly after: wait a little.
    if (!stalled) await sleep(2_000);
    const workerPeakMiB = memory.stop();
    const page = await prober.stop();
    await stopApp();
    const sendSeconds = smtp.firstAt !== null && smtp.lastAt !== null ? (smtp.lastAt - smtp.firstAt) / 1000 : null;
    return {
      db: o.db,
      size: o.size,
      audience,
      publishes: o.publishes,
      dkim: o.dkim,
      seedSeconds: Math.round(seedMs / 100) / 10,
      publishP50Ms: round(percentile(publishMs, 50)),
      publishP99Ms: round(percentile(publishMs, 99)),
      publishMs: publishMs.map(Math.round),
      lastRowMs: round(rowsAt),
      lastMailMs: smtp.lastAt === null || stalled ? null : Math.round(smtp.lastAt - t0),
      mailsPerSecond: sendSeconds ? Math.round(smtp.unique / sendSeconds) : null,
      expected,
      delivered: smtp.unique,
      duplicates: smtp.received - smtp.unique,
      resentMessageIds: smtp.resentMessageIds,
      toInactive: smtp.byPrefix.get("inactive") ?? 0,
      stalled,
      workerPeakMiB,
      pageRate: o.pageRate,
      page,
    };
  } finally {
    await stopApp().catch(() => {});
    await db.$disconnect().catch(() => {});
    await stopSmtp();
    await dropDatabase();
  }
}
