import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, type FreshDatabase } from "@/test/fresh-db";
import { STALE_MS } from "./worker-health";
import { forgetOldWorkers, readWorkerStatus, recordWorkerStatus } from "./worker-status";

let fresh: FreshDatabase;
beforeAll(async () => {
  fresh = await freshDatabase("worker-status");
}, 120_000);
afterAll(() => fresh?.drop());

describe("worker status", () => {
  it("records heartbeats and the SMTP circuit, and the web side reads them back", async () => {
    const { db } = fresh;
    const t0 = new Date("2026-12-04T12:00:00Z");
    const at = (s: number) => new Date(t0.getTime() + s * 1000);
    expect(await readWorkerStatus(db, t0)).toEqual({ alive: 0, lastHeartbeatAt: null, silentForS: null, smtp: null });

    await recordWorkerStatus(db, { owner: "w1" }, t0);
    expect(await readWorkerStatus(db, at(5))).toMatchObject({ alive: 1, smtp: null });

    const open = {
      state: "open" as const,
      lastError: "connect ECONNREFUSED 127.0.0.1:2525",
      consecutiveFailures: 3,
      nextProbeAt: at(20).getTime(),
    };
    await recordWorkerStatus(db, { owner: "w1", circuit: open }, at(10));
    await recordWorkerStatus(db, { owner: "w1", circuit: { ...open, consecutiveFailures: 4 } }, at(15));
    await recordWorkerStatus(db, { owner: "w1" }, at(20));
    expect((await readWorkerStatus(db, at(21))).smtp).toEqual({
      state: "open",
      since: at(10),
      lastError: "connect ECONNREFUSED 127.0.0.1:2525",
      consecutiveFailures: 4,
      nextProbeAt: at(20),
    });

    await recordWorkerStatus(db, { owner: "w1", circuit: { state: "closed", consecutiveFailures: 0 } }, at(25));
    expect((await readWorkerStatus(db, at(26))).smtp).toBeNull();

    const later = new Date(at(25).getTime() + STALE_MS + 40_000);
    expect(await readWorkerStatus(db, later)).toMatchObject({ alive: 0, silentForS: Math.round((STALE_MS + 40_000) / 1000) });
    expect(await forgetOldWorkers(db, new Date(at(25).getTime() + 8 * 86_400_000))).toBe(1);
  });
});
