import { connection } from "next/server";
import { getPublicSnapshot, SnapshotUnavailableError, type SnapshotView } from "./snapshot-store";

/** For public pages: the in-memory snapshot, or null when there is nothing at all to show yet. */
export async function readPublicSnapshot(): Promise<SnapshotView | null> {
  // Rendered per request from memory (no database work); never baked in at build time.
  await connection();
  try {
    return await getPublicSnapshot();
  } catch (error) {
    if (error instanceof SnapshotUnavailableError) return null;
    throw error;
  }
}
