import type { PublicSnapshot } from "./snapshot-types";

// A new snapshot is a new object, so anything derived from one can be kept until it is replaced.
const memo = new WeakMap<PublicSnapshot, Map<string, unknown>>();

/** `build(snapshot)` once per snapshot and key (e.g. a feed, ~4 ms to render), then from memory. */
export function fromSnapshot<T>(snapshot: PublicSnapshot, key: string, build: () => T): T {
  let entries = memo.get(snapshot);
  if (!entries) memo.set(snapshot, (entries = new Map()));
  if (!entries.has(key)) entries.set(key, build());
  return entries.get(key) as T;
}
