// Control characters other than tab and line breaks (C0, DEL, C1): never meant in a title, body or address,
// and NUL cannot even be stored in PostgreSQL text.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** Why `text` may not be stored, or null: a lone surrogate (not valid UTF-8 once stored) or a control character. */
export function textProblem(text: string): string | null {
  if (!text.isWellFormed()) return "contains an invalid character (a lone UTF-16 surrogate)";
  const control = CONTROL.exec(text);
  if (control) return `contains a control character (U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")})`;
  return null;
}

/**
 * The first string in `value` (walked through objects and arrays, by path) that may not be stored.
 * Bounded depth: inputs of the app's forms and API are shallow, and a deeper one is refused elsewhere.
 */
export function findTextProblem(value: unknown, path: string[] = [], depth = 0): { path: string; problem: string } | null {
  if (typeof value === "string") {
    const problem = textProblem(value);
    return problem ? { path: path.join(".") || "input", problem } : null;
  }
  if (depth >= 16 || value === null || typeof value !== "object") return null;
  if (value instanceof Date || value instanceof Blob) return null;
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  for (const [key, child] of entries) {
    const found = findTextProblem(child, [...path, key], depth + 1);
    if (found) return found;
  }
  return null;
}
