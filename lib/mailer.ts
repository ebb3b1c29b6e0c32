import nodemailer, { type TransportOptions } from "nodemailer";
import type { Db } from "@/server/db";

/** A message ready to go: the complete MIME source (signed if DKIM is on) and its envelope. */
export type OutgoingMessage = {
  envelope: { from: string; to: string };
  raw: string;
  /** Our Message-ID, "<…@domain>". */
  messageId: string;
  deliveryId?: string;
};

export interface MailTransport {
  /** Resolves with the server's id for the message once it accepted it; rejects with nodemailer's error. */
  send(message: OutgoingMessage): Promise<{ smtpId: string }>;
  /** Opens one connection, greets (and authenticates), and closes it: the SMTP circuit's probe. */
  verify(): Promise<void>;
  close(): void;
}

export type SmtpOptions = {
  url: string;
  poolSize: number;
  /** Messages per second across the pool; 0 = unlimited. */
  rateLimit: number;
};

/**
 * One pooled SMTP transport for the process, sending pre-built raw messages. The database outbox
 * owns retries, so the pool never requeues (maxRequeues: 0) and gives up on a dead connection in
 * seconds, not minutes.
 */
export function smtpTransport(options: SmtpOptions): MailTransport {
  const transport = nodemailer.createTransport({
    url: options.url,
    pool: true,
    maxConnections: options.poolSize,
    // Reconnecting costs a handshake; servers that cap messages per connection answer 421, which the circuit handles.
    maxMessages: 1_000,
    maxRequeues: 0,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
    ...(options.rateLimit > 0 ? { rateLimit: options.rateLimit, rateDelta: 1000 } : {}),
  } as TransportOptions);
  return {
    async send(message) {
      const info = await transport.sendMail({ envelope: message.envelope, raw: message.raw });
      const queued = /queued as ([\w.-]+)/i.exec(String(info.response ?? ""))?.[1];
      return { smtpId: queued ?? message.messageId };
    },
    verify: async () => {
      await transport.verify();
    },
    close: () => transport.close(),
  };
}

/** Without SMTP: messages are kept in the database exactly as they would be sent, shown in the admin. */
export function devMailboxTransport(db: Db): MailTransport {
  return {
    async send(message) {
      const { simpleParser } = await import("mailparser");
      const parsed = await simpleParser(message.raw);
      const head = message.raw.slice(0, message.raw.indexOf("\r\n\r\n"));
      const headers = Object.fromEntries(
        head
          .replace(/\r\n[ \t]+/g, " ")
          .split("\r\n")
          .map((line) => [line.slice(0, line.indexOf(":")), line.slice(line.indexOf(":") + 1).trim()]),
      );
      await db.devMail.create({
        data: {
          deliveryId: message.deliveryId ?? null,
          messageId: message.messageId,
          from: headers.From ?? message.envelope.from,
          to: message.envelope.to,
          subject: parsed.subject ?? "",
          text: parsed.text ?? "",
          html: typeof parsed.html === "string" ? parsed.html : "",
          headers: JSON.stringify(headers),
        },
      });
      return { smtpId: `devmail:${message.messageId}` };
    },
    verify: async () => {},
    close: () => {},
  };
}
