import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { DatabaseTarget } from "@/lib/database-url";
import type { PublicSnapshot } from "./snapshot-types";

/** Where the last good snapshot of this database is kept, so a restart during an outage still has content. */
export function snapshotFile(cacheDir: string, target: DatabaseTarget): string {
  const url = new URL(target.url.startsWith("file:") ? `file://${target.url.slice(5)}` : target.url);
  url.password = "";
  const id = createHash("sha256").update(url.toString()).digest("hex").slice(0, 16);
  return path.join(cacheDir, `public-snapshot-${id}.json`);
}

export function readSnapshotFile(file: string): PublicSnapshot | null {
  try {
    const data = JSON.parse(readFileSync(file, "utf8")) as PublicSnapshot;
    return data.format === 1 ? data : null;
  } catch {
    return null;
  }
}

/** Write-then-rename: a crash mid-write never leaves a torn file behind. */
export function writeSnapshotFile(file: string, snapshot: PublicSnapshot): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(snapshot));
  renameSync(temp, file);
}
