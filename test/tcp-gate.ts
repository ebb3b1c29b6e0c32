import net from "node:net";

/**
 * A TCP proxy in front of a test server that counts every connection a client makes. While the
 * server behind it is down, the gate accepts, fails to reach it, and drops the client at once: the
 * client sees a connection closed before any greeting, and the gate has counted the attempt.
 */
export class TcpGate {
  accepted = 0;
  refused = 0;
  private server: net.Server | null = null;
  private readonly sockets = new Set<net.Socket>();
  port = 0;

  constructor(private readonly upstreamPort: () => number) {}

  async start(): Promise<number> {
    this.server = net.createServer((client) => {
      this.accepted++;
      const upstream = net.connect(this.upstreamPort(), "127.0.0.1");
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.once("close", () => this.sockets.delete(socket));
      }
      upstream.once("error", () => {
        this.refused++;
        client.destroy();
      });
      client.once("error", () => upstream.destroy());
      upstream.once("connect", () => {
        client.pipe(upstream).pipe(client);
        upstream.once("close", () => client.destroy());
        client.once("close", () => upstream.destroy());
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.port = (this.server.address() as net.AddressInfo).port;
    return this.port;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
