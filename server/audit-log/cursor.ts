import { ValidationError } from "@/server/errors";

/** Opaque page cursor: the last row's (createdAt, id), the order the log is read in. */
export function encodeCursor(row: { createdAt: Date; id: string }): string {
  return Buffer.from(`${row.createdAt.toISOString()}|${row.id}`).toString("base64url");
}

export function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  const [iso, id] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  const createdAt = new Date(iso ?? "");
  if (!id || Number.isNaN(createdAt.getTime()))
    throw ValidationError.field("cursor", "This page link is not valid any more; start from the first page");
  return { createdAt, id };
}

/** Stored JSON text back to a value; text that is not JSON is returned as it is. */
export function parseJson(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
