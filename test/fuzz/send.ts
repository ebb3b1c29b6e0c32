import http from "node:http";
import type { FuzzRequest } from "./requests";

export type Outcome = { status: number | null; body: string; error?: string };

const FIRST_CHUNK = 64 * 1024;
const TIMEOUT_MS = 30_000;

/**
 * Sends one request exactly as generated (any method, raw header bytes, a Content-Length that lies
 * about a body never sent in full) and reads the answer. No answer at all is an outcome too.
 */
export function send(agent: http.Agent, port: number, request: FuzzRequest): Promise<Outcome> {
  return new Promise((resolve) => {
    let settled = false;
    const done = (outcome: Outcome) => {
      if (settled) return;
      settled = true;
      resolve(outcome);
    };
    const headers: Record<string, string> = { ...request.headers };
    const body = request.body === undefined ? undefined : Buffer.from(request.body);
    if (request.claimedLength !== undefined) headers["content-length"] = String(request.claimedLength);
    else if (body !== undefined) headers["content-length"] = String(body.length);
    // A large body waits for "100 Continue", as curl does: a server that refuses it early is heard.
    const waits = request.claimedLength === undefined && body !== undefined && body.length > FIRST_CHUNK;
    if (waits) headers.expect = "100-continue";
    let req: http.ClientRequest;
    try {
      // An oversized request gets a connection of its own: the server closes it after refusing.
      req = http.request({
        host: "127.0.0.1",
        port,
        method: request.method,
        path: request.path,
        headers,
        agent: request.claimedLength === undefined && !waits ? agent : false,
        setHost: !("host" in headers),
        maxHeaderSize: 1024 * 1024,
      });
    } catch (error) {
      return done({ status: -1, body: "", error: `not sendable: ${(error as Error).message}` });
    }
    // What happened before a failure, for its report: when the head went out, "100 Continue", the body.
    const started = Date.now();
    const steps: string[] = [];
    const step = (what: string) => steps.push(`${what} +${Date.now() - started} ms`);
    const timer = setTimeout(() => {
      req.destroy();
      done({ status: null, body: "", error: `no answer within ${TIMEOUT_MS} ms` });
    }, TIMEOUT_MS);
    req.on("response", (res) => {
      step(`answer ${res.statusCode} (${res.headers.connection ?? "keep-alive"})`);
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      const finish = () => {
        clearTimeout(timer);
        done({ status: res.statusCode ?? null, body: Buffer.concat(chunks).toString("utf8") });
        if (request.claimedLength !== undefined || waits) req.destroy();
      };
      res.on("end", finish);
      res.on("error", finish);
      res.on("close", finish);
    });
    // A kept-alive socket is connected already: a listener added per request would pile up on it (Node's
    // MaxListenersExceededWarning, hundreds of times per run) and never fire.
    req.on("socket", (socket) => (socket.connecting ? socket.once("connect", () => step("connected")) : step("reused connection")));
    req.on("finish", () => step("request sent"));
    req.on("error", (error) => {
      clearTimeout(timer);
      done({ status: null, body: "", error: `${error.message}; ${steps.join(", ") || "nothing sent"}` });
    });
    if (request.claimedLength !== undefined) req.write(body?.subarray(0, FIRST_CHUNK) ?? "");
    else if (waits) {
      req.on("continue", () => {
        step("100 Continue");
        req.end(body);
      });
    } else req.end(body);
  });
}

/** Runs `work` over `items` with at most `concurrency` at a time. */
export async function pool<T>(items: T[], concurrency: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      await work(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}
