/**
 * DKIM "relaxed" canonicalization (RFC 6376 §3.4.2, §3.4.4). `final`: this is the whole body, so
 * trailing empty lines go and it ends with exactly one CRLF; otherwise a piece that starts and
 * ends on line boundaries (canonicalizing pieces alone equals canonicalizing their concatenation).
 */
export function relaxedBody(text: string, final = true): string {
  const body = text.replace(/[ \t]+/g, " ").replace(/ (?=\r\n)/g, "");
  if (!final) return body;
  const trimmed = body.replace(/ $/, "").replace(/(\r\n)+$/, "");
  return trimmed ? `${trimmed}\r\n` : "";
}

/** One header field, relaxed: lower-case name, unfolded, whitespace runs to one space, trimmed. */
export function relaxedHeader(name: string, value: string): string {
  return `${name.trim().toLowerCase()}:${value
    .replace(/\r?\n/g, "")
    .replace(/[ \t]+/g, " ")
    .trim()}`;
}
