// npm run bench:import -- [--db sqlite|postgresql|both] [--rows 150000] [--port 3420] [--page-rate 10]
//   [--write-ms 200] [--phase-seconds 10] [--writes components,subscribers,updates]
// Issue 12's acceptance, end to end: `npm start` (production build, its worker beside it) on a fresh
// database; a CSV of --rows customers uploaded through the management API's import route (the worker
// imports it; the bench follows the job until it is done) while
// `/` and `/api/v2/status.json` are each loaded --page-rate times a second (open loop) and another
// client writes through the management API every --write-ms (a component edit, a new subscriber, an incident update
// in turn; components and updates change the public page, which then re-renders). Phases: idle,
// writes alone, writes + import. Target: page p99 < 100 ms, every write succeeds.
// Results: docs/benchmarks.md ("Import under load").
import os from "node:os";
import { parseArgs } from "node:util";
import { cleanupRegistry } from "./cleanup";
import { importRun, WRITE_KINDS, type WriteKind } from "./import-run";
import type { PhaseStats } from "./open-loop";

const { values } = parseArgs({
  options: {
    db: { type: "string", default: "sqlite" },
    rows: { type: "string", default: "150000" },
    port: { type: "string", default: "3420" },
    "page-rate": { type: "string", default: "10" },
    "write-ms": { type: "string", default: "200" },
    "phase-seconds": { type: "string", default: "10" },
    writes: { type: "string", default: WRITE_KINDS.join(",") },
  },
});
const DBS = ["sqlite", "postgresql"] as const;
const dbs = values.db === "both" ? DBS : DBS.filter((kind) => kind === values.db);
const numbers = {
  rows: Number(values.rows),
  port: Number(values.port),
  pageRate: Number(values["page-rate"]),
  writeMs: Number(values["write-ms"]),
  phaseSeconds: Number(values["phase-seconds"]),
};
const writes = values.writes.split(",") as WriteKind[];
if (dbs.length === 0 || Object.values(numbers).some((n) => !Number.isFinite(n) || n <= 0) || writes.some((w) => !WRITE_KINDS.includes(w))) {
  console.error(
    `usage: --db sqlite|postgresql|both --rows 150000 --port 3420 --page-rate 10 --write-ms 200 --phase-seconds 10 --writes ${WRITE_KINDS.join(",")}`,
  );
  process.exit(2);
}

const { cleanup, cleanAll } = cleanupRegistry();
const results = [];
const failures: Array<{ db: string; error: string }> = [];
try {
  for (const db of dbs) {
    console.error(`import: ${db}, ${numbers.rows.toLocaleString("en")} rows…`);
    try {
      const result = await importRun({ db, ...numbers, writes }, cleanup);
      console.error(JSON.stringify(result));
      results.push(result);
    } catch (error) {
      console.error(error);
      failures.push({ db, error: (error as Error).message });
    }
  }
} finally {
  await cleanAll();
}

const ms = (n: number | null) => (n === null ? "—" : n >= 10_000 ? `${(n / 1000).toFixed(1)} s` : `${n.toFixed(n < 10 ? 1 : 0)} ms`);
const latency = (s: PhaseStats | undefined) => (s ? `${ms(s.p50)} / ${ms(s.p99)} / ${ms(s.max)}` : "—");
const failed = (s: PhaseStats | undefined) => (s && s.failed ? ` (${s.failed} failed: ${JSON.stringify(s.statuses)})` : "");

console.log(
  `\n${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB; writes: ${writes.join(", ")} in turn, one every ${numbers.writeMs} ms\n`,
);
console.log("| db | rows | upload answer (time) | job | imported | import time | rows/s | load 1/5/15 min before → after |");
console.log("|---|---|---|---|---|---|---|---|");
for (const r of results) {
  console.log(
    `| ${r.db} | ${r.rows.toLocaleString("en")} (${(r.csvBytes / 2 ** 20).toFixed(1)} MiB) | ${r.importStatus} (${ms(r.uploadMs)}) | ${r.report?.status ?? "—"} | ${r.report?.imported.toLocaleString("en") ?? "—"} (stored ${r.stored.imported.toLocaleString("en")}) | ` +
      `${ms(r.importMs)} | ${r.rowsPerSecond.toLocaleString("en")} | ${r.load.before.join(" / ")} → ${r.load.after.join(" / ")} |`,
  );
}
for (const f of failures) console.log(`| ${f.db} | failed: ${f.error} | | | | | | |`);
console.log("\np50 / p99 / max per phase (idle: pages only; writes: pages + writes; import: pages + writes + the import)\n");
console.log(
  "| db | phase | `/` n | `/` p50 / p99 / max | `status.json` n | `status.json` p50 / p99 / max | writes ok / sent | writes p50 / p99 / max |",
);
console.log("|---|---|---|---|---|---|---|---|");
for (const r of results) {
  for (const phase of ["idle", "writes", "import"]) {
    const [home, status, writes] = [r.phases.home![phase], r.phases.status![phase], r.phases.writes![phase]];
    console.log(
      `| ${r.db} | ${phase} | ${home?.n ?? 0} | ${latency(home)}${failed(home)} | ${status?.n ?? 0} | ${latency(status)}${failed(status)} | ` +
        `${writes ? `${writes.ok} / ${writes.n}` : "—"} | ${latency(writes)}${failed(writes)} |`,
    );
  }
  console.log(
    `| ${r.db} | stored | | | | | components ${r.stored.components}, subscribers ${r.stored.subscribers}, updates ${r.stored.updates} (answered 2xx: ${r.writesOk}) | |`,
  );
}
