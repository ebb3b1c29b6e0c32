import nodemailer, { type SendMailOptions, type TransportOptions } from "nodemailer";
import type { Db } from "@/server/db";

export type OutgoingMail = {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Our stable Message-ID for this delivery, "<…@domain>". */
  messageId: string;
  /** List-Id: a label and a domain-like id, e.g. { name: "Acme Status", id: "status.acme.example" }. */
  listId?: { name: string; id: string };
  /** Reply-To (settings), when replies should reach someone other than the sender. */
  replyTo?: string;
  /** One-click unsubscribe URL (RFC 8058). */
  unsubscribeUrl?: string;
  deliveryId?: string;
};

export interface MailTransport {
  /** Resolves with the server's id for the message once it accepted it; rejects with nodemailer's error. */
  send(mail: OutgoingMail): Promise<{ smtpId: string }>;
  close(): void;
}

export type SmtpOptions = {
  url: string;
  poolSize: number;
  /** Messages per second across the pool; 0 = unlimited. */
  rateLimit: number;
  dkim?: { domainName: string; keySelector: string; privateKey: string };
};

// DKIM must cover both List-Unsubscribe headers, or receivers ignore one-click unsubscribe.
const DKIM_HEADERS =
  "From:Sender:Reply-To:Subject:Date:Message-ID:To:Cc:MIME-Version:Content-Type:Content-Transfer-Encoding:" +
  "In-Reply-To:References:List-Id:List-Unsubscribe:List-Unsubscribe-Post";

function toNodemailer(mail: OutgoingMail): SendMailOptions {
  const headers: Record<string, string> = {};
  if (mail.unsubscribeUrl) headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click";
  return {
    from: mail.from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    messageId: mail.messageId,
    ...(mail.replyTo ? { replyTo: mail.replyTo } : {}),
    headers,
    list: {
      ...(mail.listId ? { id: { url: mail.listId.id, comment: mail.listId.name } } : {}),
      ...(mail.unsubscribeUrl ? { unsubscribe: { url: mail.unsubscribeUrl, comment: "Unsubscribe" } } : {}),
    },
  };
}

/**
 * One pooled SMTP transport for the process. The database outbox owns retries, so the pool
 * never requeues (maxRequeues: 0) and gives up on a dead connection in seconds, not minutes.
 */
export function smtpTransport(options: SmtpOptions): MailTransport {
  const transport = nodemailer.createTransport({
    url: options.url,
    pool: true,
    maxConnections: options.poolSize,
    maxMessages: 100,
    maxRequeues: 0,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
    ...(options.rateLimit > 0 ? { rateLimit: options.rateLimit, rateDelta: 1000 } : {}),
    ...(options.dkim ? { dkim: { ...options.dkim, headerFieldNames: DKIM_HEADERS } } : {}),
  } as TransportOptions);
  return {
    async send(mail) {
      const info = await transport.sendMail(toNodemailer(mail));
      const queued = /queued as ([\w.-]+)/i.exec(String(info.response ?? ""))?.[1];
      return { smtpId: queued ?? String(info.messageId) };
    },
    close: () => transport.close(),
  };
}

/** Without SMTP: messages are rendered for real and kept in the database, shown in the admin. */
export function devMailboxTransport(db: Db): MailTransport {
  const builder = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return {
    async send(mail) {
      const info = (await builder.sendMail(toNodemailer(mail))) as { message: Buffer; messageId: string };
      const raw = info.message.toString("utf8");
      const head = raw.slice(0, raw.indexOf("\n\n"));
      const headers = Object.fromEntries(
        head
          .replace(/\n[ \t]+/g, " ")
          .split("\n")
          .map((line) => [line.slice(0, line.indexOf(":")), line.slice(line.indexOf(":") + 1).trim()]),
      );
      await db.devMail.create({
        data: {
          deliveryId: mail.deliveryId ?? null,
          messageId: mail.messageId,
          from: mail.from,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          headers: JSON.stringify(headers),
        },
      });
      return { smtpId: `devmail:${info.messageId}` };
    },
    close: () => builder.close(),
  };
}
