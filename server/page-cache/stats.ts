/** What the public page cache of this process did: for /api/health, tests and benchmarks. */
export type PageCacheStats = { snapshotVersion: number; revision: number; renders: number; pages: number; bytes: number };

// On globalThis: the front server (our bundle) registers, the health route (Next's bundle) reads.
const holder = globalThis as unknown as { __pageCacheStats?: () => PageCacheStats };

export function registerPageCacheStats(read: () => PageCacheStats): void {
  holder.__pageCacheStats = read;
}

/** Null when public pages are rendered per request (`next dev`). */
export function pageCacheStats(): PageCacheStats | null {
  return holder.__pageCacheStats?.() ?? null;
}
