// npm run bench:http -- [--seconds 5] [--port 3900]
// The public read path under load, against references in the same run: nginx serving the very same
// bytes as static files, and the app behind the shipped nginx cache tier (deploy/nginx). wrk drives
// each at 50 and 200 connections; then with a random query string and with Cache-Control: no-cache.
// Reports req/s, p50/p99, the ratio to nginx-static, and the memory of every process of `npm start`.
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs, promisify } from "node:util";
import { startApp } from "@/test/app-process";
import { cacheTierConfig, startNginx } from "@/test/nginx";
import { processTree, type ProcessInfo } from "./process-tree";

const { values } = parseArgs({ options: { seconds: { type: "string", default: "5" }, port: { type: "string", default: "3900" } } });
const SECONDS = Number(values.seconds);
const APP = Number(values.port);
const [STATIC, TIER] = [APP + 1, APP + 2];
const LUA = path.resolve(import.meta.dirname, "wrk-report.lua");

type Run = { requestsPerSec: number; p50Ms: number; p99Ms: number; errors: number };

async function wrk(url: string, connections: number, options: { headers?: readonly string[]; randomQuery?: boolean } = {}): Promise<Run> {
  const args = [
    "-t2",
    `-c${connections}`,
    `-d${SECONDS}s`,
    "--latency",
    "-s",
    LUA,
    ...(options.headers ?? []).flatMap((h) => ["-H", h]),
    url,
  ];
  const env = { ...process.env, WRK_RANDOM_QUERY: options.randomQuery ? "1" : "0" };
  const result = await promisify(execFile)("wrk", args, { encoding: "utf8", env }).catch((error: Error) => {
    throw new Error(`wrk failed (is it installed? apt-get install -y wrk): ${error.message}`);
  });
  const line = result.stdout
    .trim()
    .split("\n")
    .findLast((l) => l.startsWith("{"));
  const r = JSON.parse(line!) as {
    requests: number;
    durationUs: number;
    socketErrors: number;
    non2xx: number;
    p50Us: number;
    p99Us: number;
  };
  return {
    requestsPerSec: Math.round(r.requests / (r.durationUs / 1e6)),
    p50Ms: r.p50Us / 1000,
    p99Ms: r.p99Us / 1000,
    errors: r.socketErrors + r.non2xx,
  };
}

const mib = (n: number) => Math.round(n);
function memory(tree: ProcessInfo[]) {
  const role = (p: ProcessInfo) => (p.command.includes("worker.mjs") ? "worker" : p.command.includes("start.mjs") ? "web" : "npm/sh");
  const sum = (r: string, field: "rssMiB" | "peakMiB") => mib(tree.filter((p) => role(p) === r).reduce((s, p) => s + p[field], 0));
  return {
    webRssMiB: sum("web", "rssMiB"),
    webPeakMiB: sum("web", "peakMiB"),
    workerRssMiB: sum("worker", "rssMiB"),
    npmShRssMiB: sum("npm/sh", "rssMiB"),
    treeRssMiB: mib(tree.reduce((s, p) => s + p.rssMiB, 0)),
  };
}

const dir = mkdtempSync(path.join(os.tmpdir(), "statuspage-bench-http-"));
const app = await startApp({ DATABASE_URL: `file:${dir}/app.db`, CACHE_DIR: `${dir}/cache`, LOG_LEVEL: "warn" }, APP);
const stops: Array<() => Promise<void>> = [app.stop];
try {
  const base = `http://127.0.0.1:${APP}`;
  const incidents = (await (await fetch(`${base}/api/v2/incidents.json`)).json()) as { incidents: Array<{ shortlink: string }> };
  const incident = new URL(incidents.incidents[0]!.shortlink).pathname;
  const paths = ["/", "/history", incident, "/components/track-endpoint/365", "/api/v2/summary.json", "/feed.rss", "/badge.svg"];

  // The reference: the same bytes the app sends, as files nginx serves.
  const files = path.join(dir, "static");
  mkdirSync(files);
  const sizes: Record<string, number> = {};
  for (const [i, p] of paths.entries()) {
    const body = Buffer.from(await (await fetch(`${base}${p}`, { headers: { "Accept-Encoding": "identity" } })).arrayBuffer());
    writeFileSync(path.join(files, `f${i}`), body);
    sizes[p] = body.length;
  }
  const staticServer = await startNginx(() => `server { listen 127.0.0.1:${STATIC}; root ${files}; default_type text/html; }`, STATIC);
  stops.push(staticServer.stop);
  const tier = await startNginx((d) => cacheTierConfig({ cacheDir: path.join(d, "cache"), appPort: APP, port: TIER }), TIER);
  stops.push(tier.stop);

  await new Promise((resolve) => setTimeout(resolve, 2_000));
  const idle = memory(processTree(app.pid));
  // Sampled while wrk runs: the most the web process held under load.
  let underLoad = idle;
  const sampler = setInterval(() => {
    const now = memory(processTree(app.pid));
    if (now.webRssMiB > underLoad.webRssMiB) underLoad = now;
  }, 500);
  const rows = [];
  for (const connections of [50, 200]) {
    for (const [i, p] of paths.entries()) {
      const nginx = await wrk(`http://127.0.0.1:${STATIC}/f${i}`, connections);
      const ours = await wrk(`http://127.0.0.1:${APP}${p}`, connections);
      const cached = await wrk(`http://127.0.0.1:${TIER}${p}`, connections);
      rows.push({ path: p, bytes: sizes[p], connections, variant: "plain", nginx, app: ours, tier: cached });
    }
  }
  // Clients that try to bypass caches: a fresh query string on every request, or no-cache.
  for (const [label, options] of [
    ["random query", { randomQuery: true }],
    ["no-cache", { headers: ["Cache-Control: no-cache", "Pragma: no-cache"] }],
  ] as const) {
    for (const [i, p] of paths.slice(0, 4).entries()) {
      const nginx = await wrk(`http://127.0.0.1:${STATIC}/f${i}`, 50, options);
      const ours = await wrk(`http://127.0.0.1:${APP}${p}`, 50, options);
      const cached = await wrk(`http://127.0.0.1:${TIER}${p}`, 50, options);
      rows.push({ path: p, bytes: sizes[p], connections: 50, variant: label, nginx, app: ours, tier: cached });
    }
  }
  clearInterval(sampler);
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  const after = memory(processTree(app.pid));

  const ratio = (a: Run, b: Run) => Math.round((a.requestsPerSec / b.requestsPerSec) * 100) / 100;
  console.log(
    "| path | bytes | conns | variant | nginx-static req/s | app req/s (p50/p99 ms) | app ratio | cache tier req/s | tier ratio | errors |",
  );
  console.log("|---|---|---|---|---|---|---|---|---|---|");
  for (const r of rows) {
    console.log(
      `| ${r.path.replace(/^\/incidents\/.*/, "/incidents/<slug>")} | ${r.bytes} | ${r.connections} | ${r.variant} | ${r.nginx.requestsPerSec} | ` +
        `${r.app.requestsPerSec} (${r.app.p50Ms.toFixed(1)}/${r.app.p99Ms.toFixed(1)}) | **${ratio(r.app, r.nginx)}** | ${r.tier.requestsPerSec} | ${ratio(r.tier, r.nginx)} | ${r.nginx.errors + r.app.errors + r.tier.errors} |`,
    );
  }
  console.log(
    `\nmemory MiB, idle: ${JSON.stringify(idle)}\nunder load (web at its highest): ${JSON.stringify(underLoad)}\nafter the load: ${JSON.stringify(after)}`,
  );
  console.log(JSON.stringify({ bench: "http", seconds: SECONDS, cpus: os.cpus().length, idle, underLoad, after, rows }));
} finally {
  for (const stop of stops.reverse()) await stop().catch(() => {});
  rmSync(dir, { recursive: true, force: true });
}
