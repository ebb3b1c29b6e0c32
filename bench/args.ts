import { parseArgs } from "node:util";

/** `--db sqlite|postgresql` (default sqlite) and numeric options, for the bench scripts. */
export function benchArgs<T extends Record<string, number>>(defaults: T): T & { db: "sqlite" | "postgresql" } {
  const { values } = parseArgs({
    options: {
      db: { type: "string", default: "sqlite" },
      ...Object.fromEntries(Object.keys(defaults).map((k) => [k, { type: "string" as const }])),
    },
    allowPositionals: false,
  });
  const db = values.db === "postgresql" ? "postgresql" : "sqlite";
  // freshDatabase() reads it: the bench database is made like a test database of this kind.
  process.env.TEST_DATABASE = db;
  const given = values as Record<string, string | undefined>;
  const numbers = Object.fromEntries(Object.entries(defaults).map(([k, v]) => [k, given[k] === undefined ? v : Number(given[k])]));
  return { ...(numbers as T), db };
}

/** Peak resident memory of a process in MiB (Linux /proc), or null elsewhere. */
export async function peakRssMiB(pid: number): Promise<number | null> {
  const { readFile } = await import("node:fs/promises");
  const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => null);
  const kb = status && /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
  return kb ? Math.round(Number(kb) / 1024) : null;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
