import { percentile } from "./page-prober";

export type Outcome = { ok: boolean; status: number };
export type PhaseStats = {
  n: number;
  ok: number;
  failed: number;
  statuses: Record<string, number>;
  p50: number | null;
  p99: number | null;
  max: number | null;
};

/**
 * Starts `task` every `gapMs` whether or not the earlier ones answered (an open loop): a request
 * stuck behind a long import is counted with its whole wait, and the ones after it still start on
 * time, so a stall shows in the percentiles instead of thinning the samples. Latency (ms) and outcome
 * are kept per phase; `mark()` starts the next phase (the phase a request *started* in counts).
 */
export class OpenLoop {
  private phases = new Map<string, Array<{ ms: number; outcome: Outcome }>>();
  private phase = "idle";
  private inflight = new Set<Promise<void>>();
  private timer: ReturnType<typeof setInterval>;
  private sent = 0;

  constructor(
    private readonly task: (n: number) => Promise<Outcome>,
    gapMs: number,
  ) {
    this.mark("idle");
    this.timer = setInterval(() => this.fire(), gapMs);
  }

  mark(phase: string): void {
    this.phase = phase;
    if (!this.phases.has(phase)) this.phases.set(phase, []);
  }

  private fire(): void {
    const bucket = this.phases.get(this.phase)!;
    const t0 = performance.now();
    const done = this.task(this.sent++)
      .catch((): Outcome => ({ ok: false, status: 0 }))
      .then((outcome) => void bucket.push({ ms: performance.now() - t0, outcome }));
    this.inflight.add(done);
    void done.finally(() => this.inflight.delete(done));
  }

  /** Stops starting requests, waits for those still out, and summarizes each phase. */
  async stop(): Promise<Record<string, PhaseStats>> {
    clearInterval(this.timer);
    await Promise.all(this.inflight);
    return Object.fromEntries([...this.phases].map(([phase, samples]) => [phase, summarize(samples)]));
  }
}

function summarize(samples: Array<{ ms: number; outcome: Outcome }>): PhaseStats {
  const statuses: Record<string, number> = {};
  for (const s of samples) statuses[s.outcome.status] = (statuses[s.outcome.status] ?? 0) + 1;
  const ok = samples.filter((s) => s.outcome.ok);
  const ms = samples.map((s) => s.ms);
  const round = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);
  return {
    n: samples.length,
    ok: ok.length,
    failed: samples.length - ok.length,
    statuses,
    p50: round(percentile(ms, 50)),
    p99: round(percentile(ms, 99)),
    max: round(ms.length ? Math.max(...ms) : null),
  };
}
