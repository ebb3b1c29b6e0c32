import type { IncomingHttpHeaders } from "node:http";

/** What a request may not be, decided from its first line and headers before any byte of its body is read. */
export type Refusal = { status: number; message: string };

const KB = 1024;
const MB = 1024 * KB;
// Bodies by address, longest prefix first: CSV imports are files; sign-in and the like are a few fields.
const BODY_LIMITS: Array<[prefix: string, bytes: number]> = [
  ["/api/admin/v1/subscribers/import", 64 * MB],
  ["/admin/subscribers/import", 64 * MB],
  ["/api/auth/", 64 * KB],
];
export const DEFAULT_BODY_LIMIT = 1 * MB;
const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

export function bodyLimit(path: string): number {
  return BODY_LIMITS.find(([prefix]) => path.startsWith(prefix))?.[1] ?? DEFAULT_BODY_LIMIT;
}

/** Whether a refused request's body may be read and dropped, so the client reads the answer rather than a reset connection: when its declared length is within the address's limit. */
export function drainable(path: string, headers: IncomingHttpHeaders): boolean {
  const length = headers["content-length"];
  if (length === undefined) return headers["transfer-encoding"] === undefined;
  return /^\d+$/.test(length) && Number(length) <= bodyLimit(path);
}

// Next decodes the path and fails (500) on a broken escape such as "%" or "%ff".
function decodable(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

function sameOrigin(origin: string, host: string | undefined): boolean {
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/**
 * Requests refused before they reach Next: unknown methods (TRACE), paths whose percent-encoding
 * does not decode, bodies larger than the address takes (413, judged by Content-Length, whatever the
 * method; a body without one is refused with 411 rather than read to find out), multipart without a
 * boundary, and server actions or form posts to a page from another site.
 */
export function refuseRequest(method: string | undefined, path: string, headers: IncomingHttpHeaders): Refusal | null {
  if (!method || !METHODS.has(method)) return { status: 405, message: `The ${method ?? ""} method is not allowed.` };
  if (!decodable(path)) return { status: 400, message: "The address is not valid: a percent-escape in its path does not decode to UTF-8." };
  const length = headers["content-length"];
  if (headers["transfer-encoding"] !== undefined && length === undefined)
    return { status: 411, message: "Send the body with a Content-Length." };
  if (length !== undefined) {
    const limit = bodyLimit(path);
    if (!/^\d+$/.test(length)) return { status: 400, message: "Content-Length is not a number." };
    if (Number(length) > limit)
      return { status: 413, message: `The request body is too large: this address takes at most ${Math.round(limit / KB)} KB.` };
  }
  if (method === "GET" || method === "HEAD") return null;
  const type = headers["content-type"]?.toLowerCase() ?? "";
  if (type.startsWith("multipart/form-data") && !/;\s*boundary=/.test(type)) {
    return { status: 400, message: "A multipart body needs a boundary in its Content-Type." };
  }
  // A page takes a POST only as a server action or a form, which Next refuses from another origin
  // with a 500 (or fails on an origin it cannot parse). A call from script must name its origin.
  const origin = headers.origin;
  const host = headers["x-forwarded-host"]?.toString() ?? headers.host;
  const action = headers["next-action"] !== undefined;
  if ((action && !origin) || ((action || !path.startsWith("/api/")) && origin !== undefined && !sameOrigin(origin, host))) {
    return { status: 403, message: "Forms of this site can only be sent from this site." };
  }
  return null;
}
