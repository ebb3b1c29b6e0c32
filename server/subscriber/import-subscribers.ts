import { recordAudit } from "@/server/audit/record-audit";
import { authorize, inTransaction, type Ctx, type Tx } from "@/server/context";
import { parseInput, ValidationError } from "@/server/errors";
import { CsvSyntaxError, readCsv } from "./csv";
import { componentsByName, importColumns, ImportRowChecker, isRejected, type ImportCandidate, type RejectedRow } from "./import-rows";
import { IMPORT_MAX_CHARS, ImportSubscribersInput } from "./schemas";
import { newLinkSalt } from "./tokens";

export type ImportReport = {
  imported: number;
  skippedExisting: number;
  /** Every rejected row up to REPORTED_REJECTIONS; `rejectedCount` counts them all. */
  rejected: RejectedRow[];
  rejectedCount: number;
};

// Rows per transaction. On SQLite a batch blocks the whole process while it runs (better-sqlite3 is
// synchronous, and Prisma plans a createMany in one go): 500 rows held the event loop 0.5-0.9 s on a
// loaded machine (profiled in process), 100 keep each pause shorter. Not short enough: see bench:import.
const BATCH = 100;
/** Longest stretch the file check runs before it lets waiting requests in. */
const CHECK_SLICE_MS = 10;
const REPORTED_REJECTIONS = 1_000;
const MAX_ROWS = 200_000;

// Lets requests waiting on the event loop run: with SQLite every query blocks the process while it
// runs, and a whole file's check is seconds of work, so one long import would otherwise hold up the
// pages and other writers.
const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Reads and checks the whole file first; a broken file throws before anything is written. An upload
 * is buffered by the time it is read (its chunks come without waiting), so the check pauses by time.
 */
async function readRows(csv: string | AsyncIterable<string>, checker: (header: string[]) => ImportRowChecker) {
  const candidates: ImportCandidate[] = [];
  const rejected: RejectedRow[] = [];
  let rows: ImportRowChecker | null = null;
  let sliceStart = performance.now();
  try {
    for await (const record of readCsv(typeof csv === "string" ? csv : capped(csv))) {
      if (performance.now() - sliceStart > CHECK_SLICE_MS) {
        await yieldToOthers();
        sliceStart = performance.now();
      }
      if (!rows) {
        if (record.fields.every((f) => f.trim() === "")) continue;
        rows = checker(record.fields);
        continue;
      }
      const row = rows.check(record);
      if (!row) continue;
      if (isRejected(row)) rejected.push(row);
      else candidates.push(row);
      if (candidates.length + rejected.length > MAX_ROWS) {
        throw ValidationError.field("csv", `The file has more than ${MAX_ROWS.toLocaleString("en")} rows; split it into several files`);
      }
    }
  } catch (error) {
    if (error instanceof CsvSyntaxError)
      throw ValidationError.field("csv", `The file is not valid CSV. ${error.message}. Nothing was imported.`);
    throw error;
  }
  if (!rows) throw ValidationError.field("csv", "The file is empty; it needs a header row with an “email” column");
  return { candidates, rejected };
}

async function* capped(source: AsyncIterable<string>): AsyncGenerator<string> {
  let chars = 0;
  for await (const chunk of source) {
    chars += chunk.length;
    if (chars > IMPORT_MAX_CHARS) throw ValidationError.field("csv", "The file is larger than 10 MB; split it into several files");
    yield chunk;
  }
}

/** Writes one batch: new addresses become active (source import); pending ones are confirmed. */
async function importBatch(tx: Tx, batch: ImportCandidate[], report: ImportReport, rejected: RejectedRow[]): Promise<void> {
  const existing = await tx.subscriber.findMany({
    where: { emailNormalized: { in: batch.map((c) => c.emailNormalized) } },
    select: { id: true, emailNormalized: true, status: true },
  });
  const known = new Map(existing.map((s) => [s.emailNormalized, s]));
  const now = new Date();
  const fresh: ImportCandidate[] = [];
  const confirmed: Array<{ id: string; componentIds: string[] }> = [];
  for (const candidate of batch) {
    const current = known.get(candidate.emailNormalized);
    if (!current) fresh.push(candidate);
    else if (current.status === "active") report.skippedExisting += 1;
    else if (current.status === "pending") confirmed.push({ id: current.id, componentIds: candidate.componentIds });
    else {
      const reason =
        current.status === "unsubscribed"
          ? "Unsubscribed earlier; only they can subscribe again"
          : `Suppressed (${current.status}); reactivate it from its page if the address works again`;
      rejected.push({ line: candidate.line, value: candidate.email, reason });
    }
  }
  if (fresh.length) {
    await tx.subscriber.createMany({
      data: fresh.map((c) => ({
        email: c.email,
        emailNormalized: c.emailNormalized,
        status: "active",
        source: "import",
        manageSalt: newLinkSalt(),
        confirmedAt: now,
        activatedAt: now,
      })),
    });
  }
  if (confirmed.length) {
    await tx.subscriber.updateMany({
      where: { id: { in: confirmed.map((c) => c.id) } },
      data: { status: "active", confirmedAt: now, activatedAt: now, confirmNonce: null, confirmExpiresAt: null },
    });
  }
  const withComponents = fresh.filter((c) => c.componentIds.length);
  const ids = withComponents.length
    ? new Map(
        (
          await tx.subscriber.findMany({
            where: { emailNormalized: { in: withComponents.map((c) => c.emailNormalized) } },
            select: { id: true, emailNormalized: true },
          })
        ).map((s) => [s.emailNormalized, s.id]),
      )
    : new Map<string, string>();
  const choices = [...withComponents.map((c) => ({ id: ids.get(c.emailNormalized)!, componentIds: c.componentIds })), ...confirmed];
  if (confirmed.length) await tx.subscriberComponent.deleteMany({ where: { subscriberId: { in: confirmed.map((c) => c.id) } } });
  const links = choices.flatMap((c) => c.componentIds.map((componentId) => ({ subscriberId: c.id, componentId })));
  if (links.length) await tx.subscriberComponent.createMany({ data: links });
  report.imported += fresh.length + confirmed.length;
}

/**
 * CSV import of active customers: a header row with an "email" column and optionally
 * "components" (names separated by ";"). The file is read as a stream and checked row by row;
 * a broken file (unbalanced quotes, no email column) imports nothing. Valid rows are then written
 * in bounded transactions of BATCH rows, so a 150k-row file never holds the database's write lock
 * for long; if one fails, what was written stays, the audit row says how far it got, and importing
 * the same file again is safe (addresses already active are skipped).
 */
export async function importSubscribers({ ctx, input }: { ctx: Ctx; input: ImportSubscribersInput }): Promise<ImportReport> {
  authorize(ctx, "subscriber:write");
  const { csv } = parseInput(ImportSubscribersInput, input);
  const components = componentsByName(await ctx.db.component.findMany({ where: { showcase: true }, select: { id: true, name: true } }));
  const { candidates, rejected } = await readRows(csv, (header) => new ImportRowChecker(importColumns(header), components));
  const report: ImportReport = { imported: 0, skippedExisting: 0, rejected: [], rejectedCount: 0 };
  const audit = (after: Record<string, unknown>) =>
    inTransaction(ctx, (tx) => recordAudit(tx, ctx, { action: "subscriber.import", entityType: "subscriber", entityId: "import", after }));
  try {
    for (let start = 0; start < candidates.length; start += BATCH) {
      // Counted into the report only once the batch commits.
      const batch: ImportReport = { imported: 0, skippedExisting: 0, rejected: [], rejectedCount: 0 };
      const batchRejected: RejectedRow[] = [];
      await inTransaction(ctx, (tx) => importBatch(tx, candidates.slice(start, start + BATCH), batch, batchRejected));
      report.imported += batch.imported;
      report.skippedExisting += batch.skippedExisting;
      rejected.push(...batchRejected);
      await yieldToOthers();
    }
  } catch (error) {
    const done = {
      imported: report.imported,
      skippedExisting: report.skippedExisting,
      rejected: rejected.length,
      stoppedAt: "failed part-way",
      rows: candidates.length,
    };
    await audit(done).catch(() => undefined);
    throw error;
  }
  report.rejectedCount = rejected.length;
  await audit({ imported: report.imported, skippedExisting: report.skippedExisting, rejected: report.rejectedCount });
  report.rejected = rejected.sort((a, b) => a.line - b.line).slice(0, REPORTED_REJECTIONS);
  return report;
}
