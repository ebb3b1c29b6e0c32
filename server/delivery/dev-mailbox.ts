import type { MailTransport } from "@/lib/mailer";
import type { Db } from "@/server/db";

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
