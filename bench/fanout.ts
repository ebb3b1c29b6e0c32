// npm run bench:fanout -- [--db sqlite|postgresql|both] [--sizes 1000,10000,100000] [--publishes 3]
//   [--dkim off|rsa|ed25519] [--pool N] [--port 3960] [--stall 120] [--page-rate 50]
// --page-rate: loads of `/` per second by the two page visitors during the run (0 = back to back, which
// on 2 cores takes most of a core from the worker and measures the machine more than the worker).
// The real path end to end: `npm start` (production build, its own worker process) on a fresh database
// with N active subscribers (plus N/10 inactive), a counting SMTP server on loopback, incidents published
// through the management API with notify. Reports publish latency, time to the last delivery row and
// the last mail, mails/s, worker peak RSS, duplicates, and the public page's latency meanwhile.
// Results: docs/benchmarks.md ("Fan-out").
import os from "node:os";
import { parseArgs } from "node:util";
import { cleanupRegistry } from "./cleanup";
import { fanoutRun, type Dkim } from "./fanout-run";

const { values } = parseArgs({
  options: {
    db: { type: "string", default: "sqlite" },
    sizes: { type: "string", default: "1000,10000,100000" },
    publishes: { type: "string", default: "3" },
    dkim: { type: "string", default: "off" },
    pool: { type: "string" },
    port: { type: "string", default: "3960" },
    stall: { type: "string", default: "120" },
    "page-rate": { type: "string", default: "50" },
  },
});
const DBS = ["sqlite", "postgresql"] as const;
const dbs = values.db === "both" ? DBS : DBS.filter((kind) => kind === values.db);
const sizes = values.sizes.split(",").map(Number);
const dkim = values.dkim as Dkim;
if (dbs.length === 0 || sizes.some((n) => !Number.isInteger(n) || n < 1) || !["off", "rsa", "ed25519"].includes(dkim)) {
  console.error("usage: --db sqlite|postgresql|both --sizes 1000,10000 --publishes 3 --dkim off|rsa|ed25519");
  process.exit(2);
}

const { cleanup, cleanAll } = cleanupRegistry();

const ms = (n: number | null) => (n === null ? "—" : n >= 10_000 ? `${(n / 1000).toFixed(1)} s` : `${Math.round(n)} ms`);
const results = [];
const failures: Array<{ db: string; size: number; error: string }> = [];
try {
  for (const db of dbs) {
    for (const size of sizes) {
      console.error(`fan-out: ${db}, ${size.toLocaleString("en")} active subscribers, ${values.publishes} publishes, DKIM ${dkim}…`);
      try {
        const result = await fanoutRun(
          {
            db,
            size,
            publishes: Number(values.publishes),
            dkim,
            port: Number(values.port),
            pool: values.pool ? Number(values.pool) : undefined,
            stallSeconds: Number(values.stall),
            pageRate: Number(values["page-rate"]),
          },
          cleanup,
        );
        console.error(JSON.stringify(result));
        results.push(result);
      } catch (error) {
        // One failed run (e.g. a publish answering 500) is a result too; the next size still runs.
        console.error(error);
        failures.push({ db, size, error: (error as Error).message });
      }
    }
  }
} finally {
  await cleanAll();
}

console.log(
  `\n${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, load ${os.loadavg()[0]!.toFixed(1)} at the end\n`,
);
console.log(
  "| db | active | publishes | DKIM | publish p50 / p99 | last delivery row | last mail | mails/s | worker peak RSS | duplicates | to inactive | page p99 idle → during |",
);
console.log("|---|---|---|---|---|---|---|---|---|---|---|---|");
for (const r of results) {
  const sent = r.stalled ? `stalled: ${r.delivered}/${r.expected}` : ms(r.lastMailMs);
  const page = `${ms(r.page.idle?.p99 ?? null)} → ${ms(r.page.run?.p99 ?? null)}${r.page.run?.errors ? ` (${r.page.run.errors} errors)` : ""}`;
  console.log(
    `| ${r.db} | ${r.audience.toLocaleString("en")} | ${r.publishes} | ${r.dkim} | ${ms(r.publishP50Ms)} / ${ms(r.publishP99Ms)} | ${ms(r.lastRowMs)} | ${sent} | ` +
      `${r.mailsPerSecond ?? "—"} | ${r.workerPeakMiB} MiB | ${r.duplicates} | ${r.toInactive} | ${page} |`,
  );
}
for (const f of failures)
  console.log(`| ${f.db} | ${f.size.toLocaleString("en")} | ${values.publishes} | ${dkim} | failed: ${f.error} | | | | | | | |`);
