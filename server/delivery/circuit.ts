import { sleep } from "@/lib/sleep";

export type CircuitSnapshot = {
  state: "closed" | "open";
  /** Failed probes in a row since the circuit opened (0 when closed). */
  failures: number;
  lastError: string | null;
  openedAt: Date | null;
  nextProbeAt: Date | null;
};

export type CircuitOptions = {
  /** One connection to the server: resolves when it greets us, rejects otherwise. */
  probe: () => Promise<void>;
  onChange?: (snapshot: CircuitSnapshot) => void;
  baseMs?: number;
  maxMs?: number;
  random?: () => number;
};

/** Wait before probe n+1 after n failed ones: base·2^(n−1), capped, with "equal jitter" (½ to 1×). */
export function probeDelayMs(failures: number, baseMs = 1_000, maxMs = 30_000, random: () => number = Math.random): number {
  const exponential = Math.min(maxMs, baseMs * 2 ** Math.max(0, failures - 1));
  return Math.round(exponential / 2 + (exponential / 2) * random());
}

const reasonOf = (error: unknown) => {
  const e = error as { code?: string; response?: string; message?: string };
  return `${e?.code ? `${e.code}: ` : ""}${e?.response || e?.message || String(error)}`.slice(0, 500);
};

/**
 * The SMTP server's circuit. A connection-level failure "trips" it: no new sends start while one
 * probe confirms. If the probe fails too, the server is down: the circuit opens, nothing is claimed,
 * and probes follow one at a time with backoff until one connects. If the probe connects, the
 * failure was about that message or connection, and the circuit stays closed.
 */
export class SmtpCircuit {
  private snapshot: CircuitSnapshot = { state: "closed", failures: 0, lastError: null, openedAt: null, nextProbeAt: null };
  private confirming: Promise<boolean> | null = null;
  private probing: Promise<void> | null = null;

  constructor(private readonly options: CircuitOptions) {}

  get current(): CircuitSnapshot {
    return { ...this.snapshot };
  }

  /** Whether sends should hold back: open, or an outage is being confirmed. */
  get tripped(): boolean {
    return this.snapshot.state === "open" || this.confirming !== null;
  }

  /** A send failed at connection level. Resolves true when the server is down (the circuit is open). */
  suspect(error: unknown): Promise<boolean> {
    if (this.snapshot.state === "open") return Promise.resolve(true);
    this.confirming ??= this.options
      .probe()
      .then(
        () => false,
        (probeError: unknown) => {
          this.update({
            state: "open",
            failures: 1,
            lastError: reasonOf(probeError ?? error),
            openedAt: new Date(),
            nextProbeAt: this.after(1),
          });
          return true;
        },
      )
      .finally(() => {
        this.confirming = null;
      });
    return this.confirming;
  }

  /** While open: probes at the scheduled times, one at a time, until one connects (or `signal` aborts). */
  waitUntilClosed(signal?: AbortSignal): Promise<void> {
    this.probing ??= this.probeUntilClosed(signal).finally(() => {
      this.probing = null;
    });
    return this.probing;
  }

  private async probeUntilClosed(signal?: AbortSignal): Promise<void> {
    while (this.snapshot.state === "open" && !signal?.aborted) {
      await sleep(Math.max(0, (this.snapshot.nextProbeAt?.getTime() ?? 0) - Date.now()), signal);
      if (signal?.aborted) return;
      try {
        await this.options.probe();
        this.update({ state: "closed", failures: 0, lastError: this.snapshot.lastError, openedAt: null, nextProbeAt: null });
      } catch (error) {
        const failures = this.snapshot.failures + 1;
        this.update({ ...this.snapshot, failures, lastError: reasonOf(error), nextProbeAt: this.after(failures) });
      }
    }
  }

  private after(failures: number): Date {
    return new Date(Date.now() + probeDelayMs(failures, this.options.baseMs, this.options.maxMs, this.options.random));
  }

  private update(next: CircuitSnapshot) {
    this.snapshot = next;
    this.options.onChange?.(this.current);
  }
}
