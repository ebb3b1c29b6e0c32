import http from "node:http";

/** The whole body of a request whose length the request guard has already bounded. */
export async function readBody(req: http.IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * The same request with `body` (read already, possibly re-encoded) as its body, for a handler that
 * reads the body itself: head, socket and URL as received, Content-Length (and Content-Type) to match.
 */
export function replayRequest(req: http.IncomingMessage, body: Buffer, contentType?: string): http.IncomingMessage {
  const copy = new http.IncomingMessage(req.socket);
  copy.method = req.method;
  copy.url = req.url;
  copy.httpVersion = req.httpVersion;
  copy.httpVersionMajor = req.httpVersionMajor;
  copy.httpVersionMinor = req.httpVersionMinor;
  copy.headers = { ...req.headers, "content-length": String(body.length), ...(contentType ? { "content-type": contentType } : {}) };
  delete copy.headers["transfer-encoding"];
  copy.rawHeaders = Object.entries(copy.headers).flatMap(([name, value]) =>
    Array.isArray(value) ? value.flatMap((v) => [name, v]) : [name, String(value)],
  );
  copy.push(body);
  copy.push(null);
  copy.complete = true;
  return copy;
}
