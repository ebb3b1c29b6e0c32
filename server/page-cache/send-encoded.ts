import type { IncomingMessage, ServerResponse } from "node:http";
import type { EncodedResponse, EncodedVariant } from "./encoded-response";

type Accepted = { br: boolean; gzip: boolean };
const NONE: Accepted = { br: false, gzip: false };
// Browsers send a handful of distinct Accept-Encoding values: parse each once.
const parsed = new Map<string, Accepted>();

function accepted(header: string | undefined): Accepted {
  if (!header) return NONE;
  let result = parsed.get(header);
  if (result) return result;
  result = { br: false, gzip: false };
  for (const part of header.split(",")) {
    const [name = "", ...params] = part.trim().toLowerCase().split(";");
    const refused = params.some((p) => /^\s*q\s*=\s*0(\.0*)?\s*$/.test(p));
    if (!refused && (name === "br" || name === "gzip")) result[name] = true;
    if (!refused && name === "*") result = { br: true, gzip: true };
  }
  if (parsed.size < 256) parsed.set(header, result);
  return result;
}

/** The best encoding the client takes. */
export function pickVariant(response: EncodedResponse, acceptEncoding: string | undefined): EncodedVariant {
  const accepts = accepted(acceptEncoding);
  if (accepts.br && response.br) return response.br;
  if (accepts.gzip && response.gzip) return response.gzip;
  return response.identity;
}

/** If-None-Match uses the weak comparison: W/ prefixes do not matter, `*` matches anything. */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  return ifNoneMatch !== undefined && (ifNoneMatch.trim() === "*" || ifNoneMatch.includes(etag));
}

/** Writes a pre-encoded answer: 304 when the client has it, no body for HEAD. */
export function sendEncoded(req: IncomingMessage, res: ServerResponse, response: EncodedResponse): void {
  const variant = pickVariant(response, req.headers["accept-encoding"]);
  if (response.status === 200 && etagMatches(req.headers["if-none-match"], variant.etag)) {
    res.writeHead(304, [...response.notModified, "etag", variant.etag]);
    res.end();
    return;
  }
  res.writeHead(response.status, variant.headers);
  res.end(req.method === "HEAD" ? undefined : variant.body);
}
