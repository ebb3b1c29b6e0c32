import { ValidationError } from "@/server/errors";
import type { CsvRecord } from "../csv";
import { parseEmail } from "../email";

export type ImportCandidate = { line: number; email: string; emailNormalized: string; componentIds: string[] };
export type RejectedRow = { line: number; value: string; reason: string };
/** Where the fields are; `type` (Statuspage's subscriber type: email, sms, webhook…) when the file has one. */
export type ImportColumns = { email: number; components: number | null; width: number; type?: number | null };

const EMAIL_HEADERS = ["email", "e-mail", "email address", "e-mail address"];
const TYPE_HEADERS = ["type", "mode", "subscriber type", "subscription type"];
// Statuspage's subscriber types; only email ones can become our subscribers.
const STATUSPAGE_TYPES = new Set(["email", "sms", "webhook", "slack", "teams", "integration_partner"]);

/**
 * Statuspage's subscriber CSV has no header: each row is the subscriber's type, then its address
 * ("email,jane@example.com,no": type, address, skip-confirmation; an SMS row carries a number and a
 * country). Recognised by its first row; read as type in column 1 and address in column 2.
 */
export function statuspageLayout(first: string[]): ImportColumns | null {
  const type = first[0]?.trim().toLowerCase() ?? "";
  if (!STATUSPAGE_TYPES.has(type)) return null;
  if (type === "email" && !parseEmail(first[1] ?? "")) return null; // a header row that starts with "email"
  return { type: 0, email: 1, components: null, width: Number.POSITIVE_INFINITY };
}

/** Finds the columns in the header row; a file without an email column is refused as a whole. */
export function importColumns(header: string[]): ImportColumns {
  const names = header.map((h) => h.trim().toLowerCase());
  const email = names.findIndex((n) => EMAIL_HEADERS.includes(n));
  if (email < 0) {
    const found =
      header
        .filter((h) => h.trim())
        .map((h) => `“${h.trim()}”`)
        .join(", ") || "nothing";
    throw ValidationError.field("csv", `The first row must name an “email” column (it has ${found})`);
  }
  const components = names.indexOf("components");
  const type = names.findIndex((n) => TYPE_HEADERS.includes(n));
  return { email, components: components < 0 ? null : components, width: header.length, ...(type < 0 ? {} : { type }) };
}

/** Component names (case-insensitive) → ids. A name shared by several components selects them all. */
export function componentsByName(components: Array<{ id: string; name: string }>): Map<string, string[]> {
  const byName = new Map<string, string[]>();
  for (const c of components) {
    const key = c.name.trim().toLowerCase();
    byName.set(key, [...(byName.get(key) ?? []), c.id]);
  }
  return byName;
}

const shown = (value: string) => (value.length > 200 ? `${value.slice(0, 200)}…` : value);

/**
 * Checks data rows one by one: a valid address, known component names ("A; B"), not a repeat of
 * an earlier row. Returns the row to import, why it is rejected, or null for a blank line.
 */
export class ImportRowChecker {
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly columns: ImportColumns,
    private readonly components: Map<string, string[]>,
  ) {}

  check(record: CsvRecord): ImportCandidate | RejectedRow | null {
    const { fields, line } = record;
    if (fields.every((f) => f.trim() === "")) return null;
    const raw = fields[this.columns.email] ?? "";
    const value = shown(raw.trim());
    if (fields.length > this.columns.width) {
      return { line, value, reason: `Has ${fields.length} fields but the header has ${this.columns.width} (an unquoted comma?)` };
    }
    const type = this.columns.type == null ? "email" : (fields[this.columns.type] ?? "").trim().toLowerCase();
    if (type && type !== "email") {
      return { line, value, reason: `A ${shown(type)} subscriber: only email subscribers can be imported` };
    }
    if (!raw.trim()) return { line, value, reason: "No email address" };
    const address = parseEmail(raw);
    if (!address) return { line, value, reason: "Not a valid email address" };
    const earlier = this.seen.get(address.emailNormalized);
    if (earlier !== undefined) return { line, value, reason: `Duplicate of line ${earlier} (addresses are compared ignoring case)` };
    const names =
      this.columns.components === null
        ? []
        : (fields[this.columns.components] ?? "")
            .split(";")
            .map((n) => n.trim())
            .filter(Boolean);
    const componentIds: string[] = [];
    const unknown: string[] = [];
    for (const name of names) {
      const ids = this.components.get(name.toLowerCase());
      if (ids) componentIds.push(...ids);
      else unknown.push(name);
    }
    if (unknown.length)
      return { line, value, reason: `Unknown component${unknown.length > 1 ? "s" : ""}: ${unknown.map(shown).join(", ")}` };
    this.seen.set(address.emailNormalized, line);
    return { line, ...address, componentIds: [...new Set(componentIds)] };
  }
}

export const isRejected = (row: ImportCandidate | RejectedRow): row is RejectedRow => "reason" in row;
