import { describe, expect, it } from "vitest";
import { STALE_MS, summarizeWorkers, type WorkerRow } from "./worker-health";

const now = new Date("2026-12-04T12:00:00Z");
const row = (over: Partial<WorkerRow>): WorkerRow => ({
  owner: "w",
  heartbeatAt: now,
  circuit: "closed",
  circuitSince: null,
  lastError: null,
  consecutiveFailures: 0,
  nextProbeAt: null,
  ...over,
});

describe("summarizeWorkers", () => {
  it("reports live workers and a healthy mail server", () => {
    expect(summarizeWorkers([row({ owner: "a" }), row({ owner: "b" })], now)).toEqual({
      alive: 2,
      lastHeartbeatAt: now,
      silentForS: null,
      smtp: null,
    });
  });
  it("says how long no worker has been heard from", () => {
    const old = new Date(now.getTime() - STALE_MS - 15_000);
    expect(summarizeWorkers([row({ heartbeatAt: old })], now)).toMatchObject({ alive: 0, silentForS: 45 });
    expect(summarizeWorkers([], now)).toEqual({ alive: 0, lastHeartbeatAt: null, silentForS: null, smtp: null });
  });
  it("shows the open circuit of a live worker, not that of a dead one", () => {
    const since = new Date(now.getTime() - 60_000);
    const probe = new Date(now.getTime() + 8_000);
    const open = row({
      owner: "a",
      circuit: "open",
      circuitSince: since,
      lastError: "connect ECONNREFUSED 127.0.0.1:2525",
      consecutiveFailures: 6,
      nextProbeAt: probe,
    });
    expect(summarizeWorkers([row({ owner: "b" }), open], now).smtp).toEqual({
      state: "open",
      since,
      lastError: "connect ECONNREFUSED 127.0.0.1:2525",
      consecutiveFailures: 6,
      nextProbeAt: probe,
    });
    expect(summarizeWorkers([{ ...open, heartbeatAt: new Date(now.getTime() - STALE_MS - 1) }], now).smtp).toBeNull();
  });
});
