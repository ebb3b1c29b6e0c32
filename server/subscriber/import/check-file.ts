import { ValidationError } from "@/server/errors";
import { CsvParser, CsvSyntaxError, readCsv } from "../csv";
import { importColumns, ImportRowChecker, isRejected, statuspageLayout, type ImportCandidate, type RejectedRow } from "./rows";

export const MAX_ROWS = 200_000;
/** Longest stretch the check runs before it lets the process's other work (sending mail) go on. */
const SLICE_MS = 10;

const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));

const notCsv = (error: CsvSyntaxError) =>
  ValidationError.field("csv", `The file is not valid CSV. ${error.message}. Nothing was imported.`);

const FIRST_SLICE = 64 * 1024;

/**
 * Reads the start of the file only: the upload refuses at once a file without an email column, or
 * one whose first 64 KB are not CSV, and leaves the rest of the check to the worker.
 */
export function checkStart(csv: string): void {
  const parser = new CsvParser();
  try {
    const whole = csv.length <= FIRST_SLICE;
    // A record cut at the slice's end is only unfinished, so the parser is ended only on the whole text.
    const records = parser.push(csv.slice(0, FIRST_SLICE));
    if (whole) records.push(...parser.end());
    const header = records.find((record) => record.fields.some((f) => f.trim() !== ""));
    if (header) return void (statuspageLayout(header.fields) ?? importColumns(header.fields));
    if (whole) throw ValidationError.field("csv", "The file is empty; it needs a header row with an “email” column");
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw notCsv(error);
    throw error;
  }
}

/**
 * Checks the whole file before anything is written: a broken file throws and imports nothing. The
 * result depends only on the text and the components, so a resumed job finds the same rows again.
 */
export async function checkFile(csv: string, components: Map<string, string[]>) {
  const candidates: ImportCandidate[] = [];
  const rejected: RejectedRow[] = [];
  let rows: ImportRowChecker | null = null;
  let sliceStart = performance.now();
  try {
    for await (const record of readCsv(csv)) {
      if (performance.now() - sliceStart > SLICE_MS) {
        await yieldToOthers();
        sliceStart = performance.now();
      }
      if (!rows) {
        if (record.fields.every((f) => f.trim() === "")) continue;
        const headerless = statuspageLayout(record.fields);
        rows = new ImportRowChecker(headerless ?? importColumns(record.fields), components);
        if (!headerless) continue; // a header row; in Statuspage's layout the first row is a subscriber
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
    if (error instanceof CsvSyntaxError) throw notCsv(error);
    throw error;
  }
  if (!rows) throw ValidationError.field("csv", "The file is empty; it needs a header row with an “email” column");
  return { candidates, rejected };
}
