import type { RejectedRow } from "./rows";

export type ImportStatus = "queued" | "running" | "done" | "failed";

/** What the console and the API show of an import: where it stands and, once done, its report. */
export type ImportJobView = {
  id: string;
  status: ImportStatus;
  bytes: number;
  /** Who uploaded it. */
  by: string;
  /** Valid rows found by the check; null until the worker has read the file. */
  rows: number | null;
  /** Valid rows written so far (imported, skipped or refused). */
  written: number;
  imported: number;
  skippedExisting: number;
  rejectedCount: number;
  /** The first rejected rows by line; `rejectedCount` counts them all. */
  rejected: RejectedRow[];
  /** Why the import failed, or the last error it is retrying after. */
  error: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
};

export const REPORTED_REJECTIONS = 1_000;

type Row = {
  id: string;
  status: string;
  bytes: number;
  actor: string;
  rows: number | null;
  position: number;
  imported: number;
  skippedExisting: number;
  rejectedCount: number;
  rejected: string;
  error: string | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
};

export const importJobSelect = {
  id: true,
  status: true,
  bytes: true,
  actor: true,
  rows: true,
  position: true,
  imported: true,
  skippedExisting: true,
  rejectedCount: true,
  rejected: true,
  error: true,
  createdAt: true,
  startedAt: true,
  finishedAt: true,
} as const;

function uploader(actor: string): string {
  try {
    const parsed = JSON.parse(actor) as { type?: string; email?: string; name?: string };
    if (parsed.type === "user" && parsed.email) return parsed.email;
    if (parsed.type === "token" && parsed.name) return `token:${parsed.name}`;
    if (parsed.name) return `${parsed.type}:${parsed.name}`;
  } catch {
    // An unreadable actor shows as unknown rather than failing the page.
  }
  return "unknown";
}

export function importJobView(row: Row): ImportJobView {
  return {
    id: row.id,
    status: row.status as ImportStatus,
    bytes: row.bytes,
    by: uploader(row.actor),
    rows: row.rows,
    written: row.position,
    imported: row.imported,
    skippedExisting: row.skippedExisting,
    rejectedCount: row.rejectedCount,
    rejected: (JSON.parse(row.rejected) as RejectedRow[]).sort((a, b) => a.line - b.line),
    error: row.error,
    createdAt: row.createdAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}
