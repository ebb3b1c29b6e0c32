/** Latency percentile (nearest rank) of samples in ms; null when there are none. */
export function percentile(samples: number[], p: number): number | null {
  if (samples.length === 0) return null;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * A few visitors loading `url`, as long as it runs: what the public page costs while the app
 * publishes and its worker sends. Back to back, or paced at `perSecond` loads in all (0 = back to
 * back). `mark()` starts a new phase (e.g. idle, then under load).
 */
export class PageProber {
  private phases = new Map<string, { ms: number[]; errors: number }>();
  private phase = "idle";
  private running = true;
  private loops: Promise<void>[] = [];

  constructor(
    private readonly url: string,
    private readonly concurrency = 2,
    private readonly perSecond = 0,
  ) {
    this.mark("idle");
    for (let i = 0; i < concurrency; i++) this.loops.push(this.loop());
  }

  mark(phase: string): void {
    this.phase = phase;
    if (!this.phases.has(phase)) this.phases.set(phase, { ms: [], errors: 0 });
  }

  private async loop(): Promise<void> {
    // Paced: each visitor starts a load every `gapMs`, whatever the last one took (waits if it took longer).
    const gapMs = this.perSecond > 0 ? (1000 * this.concurrency) / this.perSecond : 0;
    let nextAt = performance.now() + Math.random() * gapMs;
    while (this.running) {
      if (gapMs > 0) {
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, nextAt - performance.now())));
        nextAt = Math.max(nextAt + gapMs, performance.now());
      }
      const bucket = this.phases.get(this.phase)!;
      const t0 = performance.now();
      try {
        const response = await fetch(this.url, { signal: AbortSignal.timeout(30_000) });
        await response.arrayBuffer();
        if (response.status !== 200) bucket.errors += 1;
        else bucket.ms.push(performance.now() - t0);
      } catch {
        bucket.errors += 1;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
  }

  async stop(): Promise<Record<string, { n: number; p50: number | null; p99: number | null; errors: number }>> {
    this.running = false;
    await Promise.all(this.loops);
    return Object.fromEntries(
      [...this.phases].map(([phase, b]) => [
        phase,
        { n: b.ms.length, p50: percentile(b.ms, 50), p99: percentile(b.ms, 99), errors: b.errors },
      ]),
    );
  }
}
