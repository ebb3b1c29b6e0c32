import { describe, expect, it } from "vitest";
import { probeDelayMs, SmtpCircuit, type CircuitSnapshot } from "./circuit";

const refused = Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNECTION" });

describe("probeDelayMs", () => {
  it("doubles from 1 s up to the 30 s cap, jittered between half and all of it", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 20].map((n) => probeDelayMs(n, 1_000, 30_000, () => 1))).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000,
    ]);
    expect(probeDelayMs(3, 1_000, 30_000, () => 0)).toBe(2_000);
  });
});

describe("SmtpCircuit", () => {
  it("stays closed when the confirming probe connects (the failure was about that message)", async () => {
    let probes = 0;
    const circuit = new SmtpCircuit({ probe: async () => void probes++ });
    const verdict = circuit.suspect(refused);
    expect(circuit.tripped).toBe(true);
    expect(await verdict).toBe(false);
    expect(circuit.tripped).toBe(false);
    expect(circuit.current.state).toBe("closed");
    expect(probes).toBe(1);
  });

  it("opens on a failed probe, shares one probe among concurrent suspects, probes with backoff one at a time, closes on success", async () => {
    const changes: CircuitSnapshot[] = [];
    let probes = 0;
    let concurrent = 0;
    let maxConcurrent = 0;
    let down = true;
    const circuit = new SmtpCircuit({
      probe: async () => {
        probes++;
        maxConcurrent = Math.max(maxConcurrent, ++concurrent);
        await new Promise((resolve) => setTimeout(resolve, 5));
        concurrent--;
        if (down) throw refused;
      },
      onChange: (c) => changes.push(c),
      baseMs: 20,
      maxMs: 40,
      random: () => 1,
    });
    expect(await Promise.all([circuit.suspect(refused), circuit.suspect(refused), circuit.suspect(refused)])).toEqual([true, true, true]);
    expect(probes).toBe(1);
    expect(changes[0]).toMatchObject({ state: "open", failures: 1, lastError: expect.stringContaining("ECONNREFUSED") });
    expect(await circuit.suspect(refused)).toBe(true);
    const started = Date.now();
    setTimeout(() => (down = false), 150);
    await Promise.all([circuit.waitUntilClosed(), circuit.waitUntilClosed()]);
    expect(circuit.current).toMatchObject({ state: "closed", failures: 0, nextProbeAt: null });
    // 20, 40, 40, 40 ms… apart: a handful of probes in ~150 ms, never two at once.
    expect(maxConcurrent).toBe(1);
    expect(probes).toBeGreaterThanOrEqual(4);
    expect(probes).toBeLessThanOrEqual(2 + Math.ceil((Date.now() - started) / 40) * 2);
    expect(changes.map((c) => c.state).slice(-2)).toEqual(["open", "closed"]);
  });
});
