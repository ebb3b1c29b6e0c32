import http from "node:http";
import path from "node:path";
import type { Logger } from "pino";
import { CLIENT_ADDRESS_HEADER, clientAddress, type ProxyTrust } from "@/lib/client-address";
import {
  getPublicSnapshot,
  onPublicSnapshotChange,
  peekPublicSnapshot,
  publicSnapshotVersion,
  whenPublicSnapshotSettled,
} from "@/server/public/snapshot-store";
import { checkServerActionBody, mayBeServerAction } from "./action-body";
import { BuildAssets } from "./build-assets";
import type { EncodedResponse, PlainResponse } from "./encoded-response";
import { closeServer, listen, startNextApp } from "./next-app";
import { PageCache } from "./page-cache";
import { routeOf } from "./page-routes";
import { readBody, replayRequest } from "./replay-request";
import { DEFAULT_BODY_LIMIT, drainable, refuseRequest, type Refusal } from "./request-guard";
import { baselineHeaders, withSecurityHeaders } from "./security-headers";
import { sendEncoded } from "./send-encoded";
import { snapshotIndex, type SnapshotIndex } from "./snapshot-index";
import { registerPageCacheStats } from "./stats";

export type FrontServerOptions = {
  dir: string;
  port: number;
  hostname: string;
  logger: Logger;
  cacheBytes: number;
  proxyTrust: ProxyTrust;
  /** Served over https (PUBLIC_URL): browsers are told to keep to it (HSTS). */
  https: boolean;
};

export type FrontServer = { server: http.Server; cache: PageCache; close: () => Promise<void> };

const EMPTY_INDEX: SnapshotIndex = {
  incidents: new Map(),
  maintenance: new Map(),
  components: new Set(),
  componentPages: new Map(),
  historyPages: 1,
};
const HOT_PAGES = ["/", "/history", "/api/v2/summary.json", "/api/v2/status.json"];

const currentIndex = () => {
  const snapshot = peekPublicSnapshot();
  return snapshot ? snapshotIndex(snapshot) : EMPTY_INDEX;
};

/**
 * Lets `res` be written at once but finished only once the request's body (the guard has bounded it)
 * is read and dropped. Finishing may close the connection (the client may ask for that), and a close
 * with unread bytes resets it: the client would lose the answer it already has in flight.
 */
function finishAfterBody(req: http.IncomingMessage, res: http.ServerResponse) {
  const length = req.headers["content-length"];
  if (req.complete || length === undefined || length === "0") return;
  const end = res.end.bind(res) as (...args: unknown[]) => http.ServerResponse;
  res.end = ((...args: unknown[]) => {
    // Next reads the bodies it takes: by then there is nothing left to wait for.
    if (req.complete || req.readableEnded) return end(...args);
    // The answer goes out now (a client that never sends its body still hears it); only the end waits.
    const [chunk, second] = args;
    const callback = args.find((arg) => typeof arg === "function");
    if (chunk !== undefined && chunk !== null && typeof chunk !== "function") {
      res.write(chunk as string | Buffer, typeof second === "string" ? (second as BufferEncoding) : "utf8");
    } else res.flushHeaders(); // an answer without a body (Next's 405): its head, at least, now
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      end(callback);
    };
    req.once("end", finish);
    req.once("close", finish);
    req.resume();
    return res;
  }) as typeof res.end;
}

// Answered at once. A body larger than the address takes is never read: the connection closes.
// One within the limit is read and dropped before the answer is finished, and the connection kept.
// `waiting`: the client waits for "100 Continue" and will not send its body.
function refuse(req: http.IncomingMessage, res: http.ServerResponse, { status, message }: Refusal, waiting = false) {
  const json = req.url?.startsWith("/api/");
  const path = (req.url ?? "/").split("?")[0]!;
  const body = json ? JSON.stringify({ error: message }) : `${message}\n`;
  const headers = [
    "content-type",
    json ? "application/json" : "text/plain; charset=utf-8",
    "content-length",
    String(Buffer.byteLength(body)),
    "cache-control",
    "no-store",
    "x-content-type-options",
    "nosniff",
  ];
  const close = waiting || !drainable(path, req.headers);
  if (!close) finishAfterBody(req, res);
  res.writeHead(status, close ? [...headers, "connection", "close"] : headers);
  res.end(body);
}

function failed(res: http.ServerResponse) {
  if (res.headersSent) return void res.destroy();
  res.writeHead(500, ["content-type", "text/plain; charset=utf-8", "cache-control", "no-store", "x-content-type-options", "nosniff"]);
  res.end("Internal server error\n");
}

/**
 * The production HTTP server. Public reads (the status pages, v2 API, feeds, badge, widget, embed,
 * build assets) are answered from bytes held in memory, rendered by Next once per snapshot version.
 * Everything else (console, sign-in, forms, server actions, the management API) goes to Next as usual.
 */
export async function startFrontServer(options: FrontServerOptions): Promise<FrontServer> {
  const { logger } = options;
  const next = await startNextApp(options);
  const decorate = (plain: PlainResponse) => withSecurityHeaders(plain, options.https);
  const cache = new PageCache({ render: next.render, version: publicSnapshotVersion, logger, maxBytes: options.cacheBytes, decorate });
  const baseline = baselineHeaders(options.https);
  const assets = new BuildAssets(path.join(options.dir, ".next/static"));
  const publicFiles = new BuildAssets(path.join(options.dir, "public"), "/", "public, max-age=86400");
  registerPageCacheStats(() => {
    const { version, revision } = publicSnapshotVersion();
    return { snapshotVersion: version, revision, renders: cache.renderCount, ...cache.size };
  });

  // Next sees who the client is (never a client's claim: lib/client-address) and answers with the baseline headers.
  const toNext = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const forwarded = req.headers["x-forwarded-for"];
    req.headers[CLIENT_ADDRESS_HEADER] = clientAddress(
      req.socket.remoteAddress,
      Array.isArray(forwarded) ? forwarded.join(",") : forwarded,
      options.proxyTrust,
    );
    for (const [name, value] of baseline) res.setHeader(name, value);
    // A route that answers without reading the body (a 405, a 401 before parsing) must not close on it.
    finishAfterBody(req, res);
    next.handle(req, res);
  };

  // A possible server action to a page: its body is checked (see action-body.ts) and replayed to Next.
  // Larger bodies than a page takes can only be for a route handler (the CSV import), which Next runs as such.
  const toNextChecked = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    let body: Buffer;
    try {
      body = await readBody(req);
    } catch {
      return void res.destroy();
    }
    try {
      const checked = await checkServerActionBody(req.headers, body);
      if (!checked.ok) return refuse(req, res, { status: 400, message: checked.message });
      toNext(replayRequest(req, checked.body, checked.contentType), res);
    } catch (error) {
      logger.error({ err: error }, "server action check failed");
      failed(res);
    }
  };
  const actionToPage = (req: http.IncomingMessage, path: string) =>
    mayBeServerAction(req.method, req.headers) &&
    !path.startsWith("/api/") &&
    !path.startsWith("/_next/") &&
    Number(req.headers["content-length"] ?? 0) <= DEFAULT_BODY_LIMIT;

  const send = (req: http.IncomingMessage, res: http.ServerResponse, answer: EncodedResponse | Promise<EncodedResponse>) => {
    if (!(answer instanceof Promise)) return sendEncoded(req, res, answer);
    answer.then(
      (ready) => sendEncoded(req, res, ready),
      (error: unknown) => {
        logger.error({ err: error }, "public request failed");
        failed(res);
      },
    );
  };

  const handle = (req: http.IncomingMessage, res: http.ServerResponse) => {
    try {
      const path = (req.url ?? "/").split("?")[0]!;
      const refusal = refuseRequest(req.method, path, req.headers);
      if (refusal) return refuse(req, res, refusal);
      const route = routeOf(req.url ?? "/", currentIndex());
      if (route.kind === "next") return actionToPage(req, path) ? void toNextChecked(req, res) : toNext(req, res);
      if (req.method !== "GET" && req.method !== "HEAD") {
        // CORS preflight for the v2 API is Next's; nothing else public takes other methods.
        if (req.method === "OPTIONS" && route.kind === "cached" && route.key.startsWith("/api/v2/")) return toNext(req, res);
        res.setHeader("allow", "GET, HEAD");
        return refuse(req, res, { status: 405, message: "This address only answers GET and HEAD." });
      }
      finishAfterBody(req, res);
      if (route.kind !== "asset") return send(req, res, cache.get(route.key));
      send(req, res, (route.path.startsWith("/_next/") ? assets : publicFiles).get(route.path));
    } catch (error) {
      logger.error({ err: error }, "public request failed");
      failed(res);
    }
  };
  // Right after a publish in this process, public reads wait (≤ 2 s) for the rebuild it started, so the
  // publisher and everyone after see it — routing included (a new incident's slug). What goes to Next
  // (the console, the API, the next publish) reads the database and need not wait.
  const settledHandle = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const settling = routeOf(req.url ?? "/", currentIndex()).kind === "next" ? null : whenPublicSnapshotSettled();
    if (settling) void settling.then(() => handle(req, res));
    else handle(req, res);
  };
  const server = http.createServer(settledHandle);
  // A client that waits for "100 Continue" before sending its body (curl does past 1 MB) is refused
  // before it sends a byte of it.
  server.on("checkContinue", (req, res) => {
    const refusal = refuseRequest(req.method, (req.url ?? "/").split("?")[0]!, req.headers);
    if (refusal) return refuse(req, res, refusal, true);
    res.writeContinue();
    settledHandle(req, res);
  });

  // The first snapshot (or the last good one on disk), then the pages everyone opens first.
  await getPublicSnapshot().catch(() => {});
  const unsubscribe = onPublicSnapshotChange(() => void cache.warm());
  await Promise.all(HOT_PAGES.map((key) => cache.get(key)));
  await listen(server, options.port, options.hostname);

  const close = async () => {
    unsubscribe();
    await closeServer(server);
    await next.close();
  };
  return { server, cache, close };
}
