import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import next from "next";
import type { Logger } from "pino";
import { getPublicSnapshot, onPublicSnapshotChange, peekPublicSnapshot, publicSnapshotVersion } from "@/server/public/snapshot-store";
import { BuildAssets } from "./build-assets";
import type { EncodedResponse } from "./encoded-response";
import { PageCache } from "./page-cache";
import { routeOf } from "./page-routes";
import { nextRenderer } from "./render-via-next";
import { sendEncoded } from "./send-encoded";
import { snapshotIndex, type SnapshotIndex } from "./snapshot-index";
import { registerPageCacheStats } from "./stats";

export type FrontServerOptions = { dir: string; port: number; hostname: string; logger: Logger; cacheBytes: number };

export type FrontServer = { server: http.Server; cache: PageCache; assets: BuildAssets; close: () => Promise<void> };

const EMPTY_INDEX: SnapshotIndex = { incidents: new Map(), maintenance: new Map(), components: new Set(), historyPages: 1 };
const HOT_PAGES = ["/", "/history", "/api/v2/summary.json", "/api/v2/status.json"];

function listen(server: http.Server, port: number, hostname: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, hostname, () => resolve((server.address() as AddressInfo).port));
  });
}

const currentIndex = () => {
  const snapshot = peekPublicSnapshot();
  return snapshot ? snapshotIndex(snapshot) : EMPTY_INDEX;
};

/**
 * The production HTTP server. Public reads (the status pages, v2 API, feeds, badge, widget, embed,
 * build assets) are answered from bytes held in memory, rendered by Next once per snapshot version
 * through a private loopback port. Everything else (console, sign-in, forms, server actions, the
 * management API) goes to Next's request handler as usual.
 */
export async function startFrontServer(options: FrontServerOptions): Promise<FrontServer> {
  const { logger } = options;
  const app = next({ dev: false, dir: options.dir, hostname: options.hostname, port: options.port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const toNext = (req: http.IncomingMessage, res: http.ServerResponse) => {
    handle(req, res).catch((error: unknown) => fail(res, error));
  };
  const fail = (res: http.ServerResponse, error: unknown) => {
    logger.error({ err: error }, "request failed");
    if (res.headersSent) return void res.destroy();
    res.writeHead(500, ["content-type", "text/plain; charset=utf-8", "cache-control", "no-store"]);
    res.end("Internal server error\n");
  };

  const renderer = http.createServer(toNext);
  const renderPort = await listen(renderer, 0, "127.0.0.1");
  const cache = new PageCache({ render: nextRenderer(renderPort), version: publicSnapshotVersion, logger, maxBytes: options.cacheBytes });
  const assets = new BuildAssets(path.join(options.dir, ".next/static"));
  registerPageCacheStats(() => {
    const { version, revision } = publicSnapshotVersion();
    return { snapshotVersion: version, revision, renders: cache.renderCount, ...cache.size };
  });

  const send = (req: http.IncomingMessage, res: http.ServerResponse, answer: EncodedResponse | Promise<EncodedResponse>) => {
    if (answer instanceof Promise) answer.then((ready) => sendEncoded(req, res, ready), (error: unknown) => fail(res, error));
    else sendEncoded(req, res, answer);
  };

  const server = http.createServer((req, res) => {
    try {
      const route = routeOf(req.url ?? "/", currentIndex());
      if (route.kind === "next") return toNext(req, res);
      if (req.method !== "GET" && req.method !== "HEAD") {
        // CORS preflight for the v2 API is Next's; nothing else public takes other methods.
        if (req.method === "OPTIONS" && route.kind === "cached" && route.key.startsWith("/api/v2/")) return toNext(req, res);
        res.writeHead(405, ["allow", "GET, HEAD", "content-type", "text/plain; charset=utf-8"]);
        return void res.end("Method not allowed\n");
      }
      send(req, res, route.kind === "asset" ? assets.get(route.path) : cache.get(route.key));
    } catch (error) {
      fail(res, error);
    }
  });

  // The first snapshot (or the last good one on disk), then the pages everyone opens first.
  await getPublicSnapshot().catch(() => {});
  const unsubscribe = onPublicSnapshotChange(() => void cache.warm());
  await Promise.all(HOT_PAGES.map((key) => cache.get(key)));
  await listen(server, options.port, options.hostname);

  const close = async () => {
    unsubscribe();
    await Promise.all(
      [server, renderer].map((s) => {
        const closed = new Promise((resolve) => s.close(resolve));
        s.closeAllConnections();
        return closed;
      }),
    );
    await app.close();
  };
  return { server, cache, assets, close };
}
