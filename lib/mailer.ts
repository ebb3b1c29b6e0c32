import nodemailer, { type TransportOptions } from "nodemailer";

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
