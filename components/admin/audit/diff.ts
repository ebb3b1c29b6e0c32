export type DiffRow = { key: string; before: unknown; after: unknown; change: "added" | "removed" | "changed" | "same" };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Field-by-field comparison of an audit row's before and after. Objects compare by top-level key
 * (in first-seen order); anything else (lists, text, a missing side) is one row named "value".
 */
export function diffEntries(before: unknown, after: unknown): DiffRow[] {
  if (before === null && after === null) return [];
  const hasBefore = before !== null && before !== undefined;
  const hasAfter = after !== null && after !== undefined;
  if ((hasBefore && !isRecord(before)) || (hasAfter && !isRecord(after))) {
    const change = !hasBefore ? "added" : !hasAfter ? "removed" : same(before, after) ? "same" : "changed";
    return [{ key: "value", before, after, change }];
  }
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return keys.map((key) => {
    const inBefore = key in b && hasBefore;
    const inAfter = key in a && hasAfter;
    const change = !inBefore ? "added" : !inAfter ? "removed" : same(b[key], a[key]) ? "same" : "changed";
    return { key, before: b[key], after: a[key], change };
  });
}

/** Compact one-line text for a value in the diff table. */
export function showValue(value: unknown): string {
  if (value === undefined) return "";
  if (typeof value === "string") return value;
  return JSON.stringify(value);
}
