import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export type Received = { path: string; headers: IncomingHttpHeaders; body: string; status: number };

/**
 * A real HTTP server that records every webhook POST. `script` decides each answer in turn
 * (e.g. [500, 200]: fail once, then accept; 0: never answer); after it runs out every request gets `fallback`.
 */
export class WebhookReceiver {
  readonly received: Received[] = [];
  private server: Server | null = null;
  script: number[] = [];
  fallback = 204;
  /** Sent with every answer of 400 or more (e.g. { "Retry-After": "120" } with a 429). */
  errorHeaders: Record<string, string> = {};

  /** Listens on `port` (default: any free one); `stop()` then `start(samePort)` is an outage. */
  async start(port = 0): Promise<string> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (chunk: Buffer) => chunks.push(chunk));
      req.on("end", () => {
        const status = this.script.shift() ?? this.fallback;
        this.received.push({ path: req.url ?? "/", headers: req.headers, body: Buffer.concat(chunks).toString("utf8"), status });
        if (status === 0) return;
        if (status >= 300 && status < 400) res.setHeader("Location", "http://elsewhere.invalid/");
        if (status >= 400) for (const [name, value] of Object.entries(this.errorHeaders)) res.setHeader(name, value);
        res.writeHead(status, { "Content-Type": "text/plain" }).end(status >= 400 ? `receiver says no (${status})` : "ok");
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(port, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  at(path: string): Received[] {
    return this.received.filter((r) => r.path === path);
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
