/** Latency percentile (nearest rank) of samples in ms; null when there are none. */
export function percentile(samples: number[], p: number): number | null {
  if (samples.length === 0) return null;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * A few visitors loading `url` back to back, as long as it runs: what the public page costs while
 * the app publishes and its worker sends. `mark()` starts a new phase (e.g. idle, then under load).
 */
export class PageProber {
  private phases = new Map<string, { ms: number[]; errors: number }>();
  private phase = "idle";
  private running = true;
  private loops: Promise<void>[] = [];

  constructor(
    private readonly url: string,
    concurrency = 2,
  ) {
    this.mark("idle");
    for (let i = 0; i < concurrency; i++) this.loops.push(this.loop());
  }

  mark(phase: string): void {
    this.phase = phase;
    if (!this.phases.has(phase)) this.phases.set(phase, { ms: [], errors: 0 });
  }

  private async loop(): Promise<void> {
    while (this.running) {
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
      [...this.phases].map(([phase, b]) => [phase, { n: b.ms.length, p50: percentile(b.ms, 50), p99: percentile(b.ms, 99), errors: b.errors }]),
    );
  }
}
