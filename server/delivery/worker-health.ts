// Pure: what the deliveries page says about the workers and the SMTP server, from WorkerStatus rows.

export type WorkerRow = {
  owner: string;
  heartbeatAt: Date;
  circuit: string;
  circuitSince: Date | null;
  lastError: string | null;
  consecutiveFailures: number;
  nextProbeAt: Date | null;
};

/** Workers beat every 10 s; three missed beats and the page says so. */
export const HEARTBEAT_MS = 10_000;
export const STALE_MS = 30_000;

export type SmtpHealth = {
  state: "open" | "half_open";
  since: Date | null;
  lastError: string | null;
  consecutiveFailures: number;
  nextProbeAt: Date | null;
};

export type WorkerHealth = {
  /** Workers with a recent heartbeat. */
  alive: number;
  /** The newest heartbeat of any worker, null when none ever ran against this database. */
  lastHeartbeatAt: Date | null;
  /** Seconds since that heartbeat when no worker is alive (the page warns), else null. */
  silentForS: number | null;
  /** The SMTP circuit when a live worker finds the server unreachable; null when mail flows. */
  smtp: SmtpHealth | null;
};

const RANK: Record<string, number> = { open: 2, half_open: 1, "half-open": 1 };

export function summarizeWorkers(rows: WorkerRow[], now: Date): WorkerHealth {
  const alive = rows.filter((r) => now.getTime() - r.heartbeatAt.getTime() <= STALE_MS);
  const last = rows.reduce<Date | null>((max, r) => (!max || r.heartbeatAt > max ? r.heartbeatAt : max), null);
  // Worst circuit among live workers; among equals the one that has been open longest.
  const broken = alive
    .filter((r) => RANK[r.circuit])
    .sort((a, b) => RANK[b.circuit]! - RANK[a.circuit]! || (a.circuitSince?.getTime() ?? 0) - (b.circuitSince?.getTime() ?? 0))[0];
  return {
    alive: alive.length,
    lastHeartbeatAt: last,
    silentForS: alive.length === 0 && last ? Math.round((now.getTime() - last.getTime()) / 1000) : null,
    smtp: broken
      ? {
          state: broken.circuit === "open" ? "open" : "half_open",
          since: broken.circuitSince,
          lastError: broken.lastError,
          consecutiveFailures: broken.consecutiveFailures,
          nextProbeAt: broken.nextProbeAt,
        }
      : null,
  };
}
