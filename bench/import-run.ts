import os from "node:os";
import { startApp } from "@/test/app-process";
import type { Cleanup } from "./fanout-run";
import { benchToken, emptyDatabase, openDb } from "./fanout-data";
import { OpenLoop, type Outcome, type PhaseStats } from "./open-loop";

export const WRITE_KINDS = ["components", "subscribers", "updates"] as const;
export type WriteKind = (typeof WRITE_KINDS)[number];
export type ImportRunOptions = {
  db: "sqlite" | "postgresql";
  rows: number;
  port: number;
  pageRate: number;
  writeMs: number;
  phaseSeconds: number;
  writes: WriteKind[];
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const load = () => os.loadavg().map((n) => Math.round(n * 100) / 100);

/** `rows` distinct addresses; every third row also chooses a component, as exports from a CRM often do. */
function csvFile(rows: number, run: string, component: string): string {
  const lines = ["email,components"];
  for (let i = 0; i < rows; i++) lines.push(`customer-${i}-${run}@bench.test,${i % 3 === 0 ? component : ""}`);
  return lines.join("\n");
}

/**
 * One run: `npm start` on an empty database, then three phases while two open-loop probes load `/`
 * and `/api/v2/status.json`: idle; management-API writes every `writeMs` (a component, a subscriber,
 * an incident update in turn) without an import; the same writes while a `rows`-row CSV is uploaded
 * through the management API's import route and the worker imports it (followed until it is done).
 */
export async function importRun(o: ImportRunOptions, cleanup: Cleanup) {
  const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;
  const database = await emptyDatabase(o.db, "import");
  const dropDatabase = cleanup(`database ${database.url}`, () => database.drop());
  const db = openDb(database.url);
  let stopApp = async () => {};
  try {
    const base = `http://127.0.0.1:${o.port}`;
    const app = await startApp(
      { DATABASE_URL: database.url, PUBLIC_URL: base, CACHE_DIR: `${database.dir}/cache`, AUTH_SECRET_FILE: `${database.dir}/auth-secret` },
      o.port,
    );
    stopApp = cleanup("app", app.stop);
    // One token per kind of request: each stays far below the per-token limit (300 a minute).
    const [importToken, componentToken, subscriberToken, updateToken] = [
      await benchToken(db, `${run}-import`),
      await benchToken(db, `${run}-components`),
      await benchToken(db, `${run}-subscribers`),
      await benchToken(db, `${run}-updates`),
    ];
    const component = await db.component.findFirstOrThrow({ where: { showcase: true }, orderBy: { position: "asc" } });
    const send = (method: string, path: string, token: string, body: unknown) =>
      fetch(`${base}${path}`, {
        method,
        headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(300_000),
      });
    const post = (path: string, token: string, body: unknown) => send("POST", path, token, body);
    const created = await post("/api/admin/v1/incidents", updateToken, {
      title: `Bench import ${run}`,
      body: "Investigating.",
      impact: "minor",
      notify: false,
    });
    if (created.status !== 201) throw new Error(`creating the incident answered ${created.status}: ${await created.text()}`);
    const incidentId = ((await created.json()) as { data: { id: string } }).data.id;

    const writeOf: Record<WriteKind, (n: number) => Promise<Response>> = {
      // Edits one component: the public page changes (and renders again) without growing write by write.
      components: (n) => send("PATCH", `/api/admin/v1/components/${component.id}`, componentToken, { description: `Bench ${run} ${n}` }),
      subscribers: (n) => post("/api/admin/v1/subscribers", subscriberToken, { email: `admin-added-${n}-${run}@bench.test` }),
      updates: (n) =>
        post(`/api/admin/v1/incidents/${incidentId}/updates`, updateToken, { status: "identified", body: `Update ${n}`, notify: false }),
    };
    const writes = o.writes.map((kind) => writeOf[kind]);
    const answered = async (response: Response): Promise<Outcome> => {
      await response.arrayBuffer();
      return { ok: response.status >= 200 && response.status < 300, status: response.status };
    };
    const page = (path: string) => () => fetch(`${base}${path}`, { signal: AbortSignal.timeout(60_000) }).then(answered);
    // Warm first: the idle phase should measure served pages, not the first render.
    for (let i = 0; i < 20; i++) await Promise.all([page("/")(), page("/api/v2/status.json")()]);

    const csv = csvFile(o.rows, run, component.name);
    const loadBefore = load();
    const probes = {
      home: new OpenLoop(page("/"), 1000 / o.pageRate),
      status: new OpenLoop(page("/api/v2/status.json"), 1000 / o.pageRate),
    };
    const mark = (phase: string) => Object.values(probes).forEach((p) => p.mark(phase));
    await sleep(o.phaseSeconds * 1000);

    mark("writes");
    const writer = new OpenLoop((n) => writes[n % writes.length]!(n).then(answered), o.writeMs);
    writer.mark("writes");
    await sleep(o.phaseSeconds * 1000);

    mark("import");
    writer.mark("import");
    const t0 = performance.now();
    const response = await fetch(`${base}/api/admin/v1/subscribers/import`, {
      method: "POST",
      headers: { Authorization: `Bearer ${importToken}`, "Content-Type": "text/csv" },
      body: csv,
      signal: AbortSignal.timeout(300_000),
    });
    const uploadMs = performance.now() - t0;
    type Job = { id: string; status: string; imported: number; skippedExisting: number; rejectedCount: number; error: string | null };
    const read = async (r: Response) => {
      const text = await r.text();
      return (r.headers.get("content-type")?.includes("json") ? JSON.parse(text) : { text }) as { data?: Job };
    };
    let job = (await read(response)).data ?? null;
    if (response.status !== 202 || !job) {
      console.error(
        `import answered ${response.status}: ${JSON.stringify(job).slice(0, 500)}\napp output (end):\n${app.output().slice(-3_000)}`,
      );
    }
    // The worker runs it; follow it as the console does, once a second, until it ends (at most 30 min).
    while (job && (job.status === "queued" || job.status === "running") && performance.now() - t0 < 1_800_000) {
      await sleep(1_000);
      const polled = await fetch(`${base}/api/admin/v1/subscribers/imports/${job.id}`, {
        headers: { Authorization: `Bearer ${importToken}` },
        signal: AbortSignal.timeout(60_000),
      });
      job = (await read(polled)).data ?? job;
    }
    const importMs = performance.now() - t0;
    mark("after");
    writer.mark("after");
    const [writeStats, home, status] = await Promise.all([writer.stop(), probes.home.stop(), probes.status.stop()]);
    const loadAfter = load();
    if (job?.status !== "done")
      console.error(`import ended ${job?.status}: ${job?.error}\napp output (end):\n${app.output().slice(-3_000)}`);

    // What the writers were told matches what is stored.
    const stored = {
      components: await db.auditLog.count({ where: { action: "component.update", entityId: component.id } }),
      subscribers: await db.subscriber.count({ where: { emailNormalized: { startsWith: "admin-added-" } } }),
      updates: await db.incidentUpdate.count({ where: { incidentId, body: { startsWith: "Update " } } }),
      imported: await db.subscriber.count({ where: { emailNormalized: { startsWith: "customer-" }, status: "active" } }),
    };
    await stopApp();
    return {
      db: o.db,
      rows: o.rows,
      csvBytes: Buffer.byteLength(csv),
      importStatus: response.status,
      uploadMs: Math.round(uploadMs),
      report: job,
      importMs: Math.round(importMs),
      rowsPerSecond: Math.round(o.rows / (importMs / 1000)),
      writesOk: Object.values(writeStats).reduce((s, p) => s + p.ok, 0),
      stored,
      load: { before: loadBefore, after: loadAfter },
      phases: { home, status, writes: writeStats } as Record<string, Record<string, PhaseStats>>,
    };
  } finally {
    await stopApp().catch(() => {});
    await db.$disconnect().catch(() => {});
    await dropDatabase();
  }
}
