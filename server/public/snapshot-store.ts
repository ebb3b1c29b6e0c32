import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { getDb, type Db } from "@/server/db";
import { buildPublicSnapshot } from "./build-snapshot";
import { readSnapshotFile, snapshotFile, writeSnapshotFile } from "./snapshot-file";
import type { PublicSnapshot } from "./snapshot-types";

/**
 * The public pages never query the database per request: they read this in-memory snapshot.
 * Every REFRESH_MS each instance reads one row (the public revision) and rebuilds when it
 * moved, or when the snapshot is older than MAX_AGE_MS (time passes: today's bar, upcoming
 * maintenance). When the database is down the last good snapshot keeps being served, also
 * across restarts (it is kept on disk), flagged with the time it is from.
 */
export const REFRESH_MS = 2_000;
const MAX_AGE_MS = 60_000;

export type SnapshotView = { snapshot: PublicSnapshot; stale: boolean };

/** What served pages depend on: moves when the snapshot is replaced or its "stale" flag flips. */
export type SnapshotVersion = { version: number; revision: number; stale: boolean };

type State = {
  snapshot: PublicSnapshot | null;
  builtAt: number;
  attempted: boolean;
  checkedAt: number;
  failingSince: number | null;
  inflight: Promise<void> | null;
  /** The rebuild a local publish asked for, until it is done: readers wait for it (bounded). */
  forced: ForcedRebuild | null;
  timer: ReturnType<typeof setInterval> | null;
  file: string;
  db: () => Db;
  /** Replaced on every change, so readers (one per public request) share one object. */
  version: SnapshotVersion;
  listeners: Set<(version: SnapshotVersion) => void>;
};

type ForcedRebuild = { done: Promise<void>; start: () => void; started: boolean };

// On globalThis: Next's server bundles and our own server code share one store per process.
const holder = globalThis as unknown as { __publicSnapshot?: State };

function state(): State {
  if (!holder.__publicSnapshot) {
    const file = snapshotFile(env.CACHE_DIR, env.database);
    const snapshot = readSnapshotFile(file);
    holder.__publicSnapshot = {
      snapshot,
      builtAt: 0,
      attempted: false,
      checkedAt: 0,
      failingSince: null,
      inflight: null,
      forced: null,
      timer: null,
      file,
      db: getDb,
      version: { version: 0, revision: snapshot?.revision ?? -1, stale: true },
      listeners: new Set(),
    };
  }
  return holder.__publicSnapshot;
}

const isStale = (s: State) => s.builtAt === 0 || s.failingSince !== null;

// Tells page caches (server/page-cache) that what they hold is outdated.
function changed(s: State) {
  s.version = { version: s.version.version + 1, revision: s.snapshot?.revision ?? -1, stale: isStale(s) };
  for (const listener of s.listeners) listener(s.version);
}

async function refresh(s: State, force: boolean): Promise<void> {
  const before = { snapshot: s.snapshot, stale: isStale(s) };
  await rebuildIfMoved(s, force);
  if (s.snapshot !== before.snapshot || isStale(s) !== before.stale) changed(s);
}

async function rebuildIfMoved(s: State, force: boolean): Promise<void> {
  const now = Date.now();
  try {
    const db = s.db();
    if (!force && s.snapshot && s.builtAt > 0 && now - s.builtAt < MAX_AGE_MS) {
      const row = await db.publicRevision.findUnique({ where: { id: "public" } });
      s.checkedAt = Date.now();
      s.failingSince = null;
      if ((row?.revision ?? 0) === s.snapshot.revision) return;
    }
    const snapshot = await buildPublicSnapshot(db, new Date());
    Object.assign(s, { snapshot, builtAt: Date.now(), checkedAt: Date.now(), failingSince: null });
    writeSnapshotFile(s.file, snapshot);
  } catch (error) {
    if (s.failingSince === null) logger.error({ err: error }, "public snapshot: database unavailable, serving the last good content");
    s.failingSince ??= now;
  }
}

function refreshOnce(s: State, force = false): Promise<void> {
  s.inflight ??= refresh(s, force).finally(() => {
    s.inflight = null;
  });
  return s.inflight;
}

function startPolling(s: State) {
  if (s.timer) return;
  s.timer = setInterval(() => void refreshOnce(s), REFRESH_MS);
  s.timer.unref?.();
}

export class SnapshotUnavailableError extends Error {
  constructor() {
    super("the status page has no content yet and the database is unreachable");
  }
}

/** The current snapshot; waits for the database only when there is nothing to show yet. */
export async function getPublicSnapshot(): Promise<SnapshotView> {
  const s = state();
  startPolling(s);
  await settled(s);
  // Wait for the database once at start, or while there is nothing at all to show.
  if (!s.attempted || !s.snapshot) {
    s.attempted = true;
    await refreshOnce(s);
  }
  if (!s.snapshot) throw new SnapshotUnavailableError();
  return { snapshot: s.snapshot, stale: isStale(s) };
}

/** The snapshot held now, without waiting (null before the first build and with nothing on disk). */
export function peekPublicSnapshot(): PublicSnapshot | null {
  return state().snapshot;
}

/** The current version without waiting; `revision` is -1 while there is no snapshot at all. */
export function publicSnapshotVersion(): SnapshotVersion {
  return state().version;
}

/** Calls `listener` after every change of version; returns the unsubscribe function. */
export function onPublicSnapshotChange(listener: (version: SnapshotVersion) => void): () => void {
  const s = state();
  s.listeners.add(listener);
  return () => s.listeners.delete(listener);
}

/** Longest a reader waits for a rebuild a publish asked for, before it is served what is held. */
const SETTLE_WAIT_MS = 2_000;
/** A requested rebuild starts after this unless a reader comes first: the publisher's answer goes out before it. */
const DEFER_MS = 50;

function settled(s: State): Promise<void> | void {
  const forced = s.forced;
  if (!forced) return;
  forced.start();
  return Promise.race([forced.done, new Promise<void>((resolve) => setTimeout(resolve, SETTLE_WAIT_MS).unref?.())]);
}

/**
 * After a publish in this process: rebuild soon instead of at the next poll. The publisher does not
 * wait — its request answers after the commit, and the rebuild (synchronous queries on SQLite) starts
 * just after that — but this instance's public readers do (`whenPublicSnapshotSettled`; a reader also
 * starts it at once), so whoever looks right after a publish sees it.
 */
export function invalidatePublicSnapshot(): Promise<void> {
  const s = state();
  // Not started yet: it will read after this commit too.
  if (s.forced && !s.forced.started) return s.forced.done;
  let release!: () => void;
  const kick = new Promise<void>((resolve) => (release = resolve));
  const forced: ForcedRebuild = {
    started: false,
    start: () => {
      forced.started = true;
      release();
    },
    // Never rejects (a failed rebuild is logged and retried by the poll): readers wait on it.
    done: kick
      .then(async () => {
        await s.inflight;
        await refreshOnce(s, true);
      })
      .catch(() => {}),
  };
  setTimeout(forced.start, DEFER_MS).unref?.();
  s.forced = forced;
  void forced.done.finally(() => {
    if (s.forced === forced) s.forced = null;
  });
  return forced.done;
}

/** Null when nothing is pending; else resolves once a requested rebuild is done (or after at most 2 s). */
export function whenPublicSnapshotSettled(): Promise<void> | null {
  const s = state();
  return s.forced ? (settled(s) ?? null) : null;
}
