import { SMTPServer } from "smtp-server";

/** What arrived for one publish (tagged in its subject) at one recipient. */
export type Arrivals = { received: number; unique: number; resentMessageIds: number; firstAt: number | null; lastAt: number | null };

/**
 * A real SMTP server on loopback that keeps counts, not messages: per recipient the Message-IDs and
 * the publish tags seen (a tag appears in the subject), so duplicates show whether the same delivery
 * was sent twice or two deliveries were made for one person. Reads only the header block.
 */
export class CountingSmtp {
  private server: SMTPServer | null = null;
  private readonly pairs = new Set<string>();
  private readonly messageIds = new Set<string>();
  received = 0;
  resentMessageIds = 0;
  firstAt: number | null = null;
  lastAt: number | null = null;
  readonly byPrefix = new Map<string, number>();
  port = 0;

  constructor(private readonly tagPattern: RegExp) {}

  async start(): Promise<number> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["AUTH", "STARTTLS"],
      logger: false,
      closeTimeout: 100,
      size: 10 * 1024 * 1024,
      maxClients: 200,
      onData: (stream, session, callback) => {
        let head = "";
        let headDone = false;
        stream.on("data", (chunk: Buffer) => {
          if (headDone) return;
          head += chunk.toString("latin1");
          const end = head.indexOf("\r\n\r\n");
          if (end >= 0) {
            head = head.slice(0, end);
            headDone = true;
          }
        });
        stream.on("end", () => {
          this.record(
            head,
            session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
          );
          callback(null, "Ok: counted");
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      this.server!.once("error", reject);
      this.server!.listen(0, "127.0.0.1", () => resolve());
    });
    this.server.on("error", () => {});
    this.port = (this.server as unknown as { server: { address(): { port: number } } }).server.address().port;
    return this.port;
  }

  private record(head: string, recipients: string[]): void {
    const unfolded = head.replace(/\r\n[ \t]+/g, " ");
    const messageId = /^Message-ID:\s*(\S+)/im.exec(unfolded)?.[1] ?? "";
    const subject = /^Subject:\s*(.*)$/im.exec(unfolded)?.[1] ?? "";
    const tag = this.tagPattern.exec(subject)?.[0] ?? "untagged";
    const now = performance.now();
    this.firstAt ??= now;
    this.lastAt = now;
    for (const to of recipients) {
      this.received += 1;
      const prefix = to.split("-")[0]!;
      this.byPrefix.set(prefix, (this.byPrefix.get(prefix) ?? 0) + 1);
      this.pairs.add(`${to} ${tag}`);
      const key = `${to} ${messageId}`;
      if (this.messageIds.has(key)) this.resentMessageIds += 1;
      else this.messageIds.add(key);
    }
  }

  /** Distinct (recipient, publish) pairs: what arrived at least once. */
  get unique(): number {
    return this.pairs.size;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
