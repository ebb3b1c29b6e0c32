/** A source of numbers in [0, 1), like Math.random. */
export type Random = () => number;

/**
 * mulberry32: tiny, fast and good enough for demo data. Seeded so the demo page (and its
 * incident URLs) is the same on every install and in tests.
 */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [min, max], both inclusive. */
export function randomInt(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** Four base-36 characters, e.g. "k3f9". */
export function randomSuffix(random: Random): string {
  return Math.floor(random() * 36 ** 4)
    .toString(36)
    .padStart(4, "0");
}
