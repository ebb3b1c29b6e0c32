import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export type CaughtMail = {
  to: string[];
  subject: string;
  messageId: string;
  text: string;
  html: string;
  headers: Map<string, unknown>;
  raw: string;
};

/**
 * A real SMTP server on loopback that keeps what it receives. `rejectRecipient` answers 550 for
 * matching addresses, `deferRecipient` 451; `stop()` then `start()` on the same port simulates an outage.
 */
export class SmtpCatcher {
  readonly mails: CaughtMail[] = [];
  private server: SMTPServer | null = null;
  port = 0;

  constructor(
    private readonly options: { rejectRecipient?: (address: string) => boolean; deferRecipient?: (address: string) => boolean } = {},
  ) {}

  async start(port = this.port): Promise<number> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["AUTH", "STARTTLS"],
      logger: false,
      // An outage drops open connections at once instead of waiting for them (default 30 s).
      closeTimeout: 100,
      size: 10 * 1024 * 1024,
      onRcptTo: (address, _session, callback) => {
        if (this.options.rejectRecipient?.(address.address)) {
          return callback(Object.assign(new Error("5.1.1 No such user here"), { responseCode: 550 }));
        }
        if (this.options.deferRecipient?.(address.address)) {
          return callback(Object.assign(new Error("4.2.1 Mailbox busy, try later"), { responseCode: 451 }));
        }
        callback();
      },
      onData: (stream, _session, callback) => {
        const chunks: Buffer[] = [];
        stream.on("data", (chunk: Buffer) => chunks.push(chunk));
        stream.on("end", async () => {
          const raw = Buffer.concat(chunks).toString("utf8");
          const parsed = await simpleParser(raw);
          const to = [parsed.to].flat().flatMap((a) => (a ? a.value.map((v) => v.address ?? "") : []));
          this.mails.push({
            to,
            subject: parsed.subject ?? "",
            messageId: parsed.messageId ?? "",
            text: parsed.text ?? "",
            html: String(parsed.html || ""),
            headers: parsed.headers,
            raw,
          });
          callback(null, `Ok: queued as Q${this.mails.length}`);
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      this.server!.once("error", reject);
      this.server!.listen(port, "127.0.0.1", () => resolve());
    });
    // Clients killed mid-session (the crash test SIGKILLs workers) reset their sockets; that is
    // expected here and must not surface as an uncaught exception.
    this.server.on("error", () => {});
    this.port = (this.server as unknown as { server: { address(): { port: number } } }).server.address().port;
    return this.port;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Messages per recipient address, to find duplicates. */
  countsByRecipient(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const mail of this.mails) for (const to of mail.to) counts.set(to, (counts.get(to) ?? 0) + 1);
    return counts;
  }
}
