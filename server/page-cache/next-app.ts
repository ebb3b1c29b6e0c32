import http from "node:http";
import type { AddressInfo } from "node:net";
import next from "next";
import type { Logger } from "pino";
import { nextRenderer, type Renderer } from "./render-via-next";

export type NextApp = {
  /** Next's own handler, for everything the front server does not answer itself. */
  handle: (req: http.IncomingMessage, res: http.ServerResponse) => void;
  /** One page as Next renders it, through a private loopback port only this process uses. */
  render: Renderer;
  close: () => Promise<void>;
};

export function listen(server: http.Server, port: number, hostname: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, hostname, () => resolve((server.address() as AddressInfo).port));
  });
}

export function closeServer(server: http.Server): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeAllConnections();
  return closed;
}

/** The production Next app (`.next` in `dir`), in this process. */
export async function startNextApp(options: {
  dir: string;
  port: number;
  hostname: string;
  logger: Pick<Logger, "error">;
}): Promise<NextApp> {
  const app = next({ dev: false, dir: options.dir, hostname: options.hostname, port: options.port });
  await app.prepare();
  const nextHandler = app.getRequestHandler();
  const handle = (req: http.IncomingMessage, res: http.ServerResponse) => {
    nextHandler(req, res).catch((error: unknown) => {
      options.logger.error({ err: error }, "request failed");
      if (res.headersSent) return void res.destroy();
      res.writeHead(500, ["content-type", "text/plain; charset=utf-8", "cache-control", "no-store"]);
      res.end("Internal server error\n");
    });
  };
  const renderer = http.createServer(handle);
  const renderPort = await listen(renderer, 0, "127.0.0.1");
  return {
    handle,
    render: nextRenderer(renderPort),
    close: async () => {
      await closeServer(renderer);
      await app.close();
    },
  };
}
