import type { OutgoingMessage } from "@/lib/mailer";
import type { Db } from "@/server/db";
import type { ClaimedEmail } from "./claim";
import type { DkimSigner } from "./dkim";
import { deliveryMessageId } from "./message-domain";
import { compileTemplate, fillMessage, serialize, type EmailContent, type MessageTemplate } from "./mime-template";

export type MessageBuilder = { build(email: ClaimedEmail): Promise<OutgoingMessage> };

// React and the email templates are loaded on the first render only: a worker with nothing new
// to render never pays for them.
const compose = () => import("./compose");

/**
 * Builds each claimed email from its notification's template, rendered once and kept (the last
 * `cacheSize` notifications); per message only the recipient's parts are filled in and, with DKIM,
 * the body hash and signature computed.
 */
export function createMessageBuilder(db: Db, options: { dkim?: DkimSigner; cacheSize?: number } = {}): MessageBuilder {
  const cacheSize = options.cacheSize ?? 32;
  const templates = new Map<string, Promise<MessageTemplate>>();

  const compiled = (content: Promise<EmailContent>) => content.then(compileTemplate);
  function templateFor(email: ClaimedEmail): Promise<MessageTemplate> {
    // A confirmation carries the sign-up's own link: one message per notification, nothing to share.
    if (email.kind === "subscription_confirm") return compiled(compose().then((c) => c.composeConfirmation(db, email.subscriberId ?? "")));
    const cached = templates.get(email.notificationId);
    if (cached) {
      templates.delete(email.notificationId);
      templates.set(email.notificationId, cached);
      return cached;
    }
    const template = compiled(compose().then((c) => c.composeNotification(db, email.notificationId)));
    // A failed render is not kept: the next attempt renders again.
    template.catch(() => templates.delete(email.notificationId));
    templates.set(email.notificationId, template);
    if (templates.size > cacheSize) templates.delete(templates.keys().next().value!);
    return template;
  }

  return {
    async build(email) {
      const template = await templateFor(email);
      // Derived from the delivery: the same on every attempt, so a resend after a crash can be recognised.
      const messageId = email.messageId ?? deliveryMessageId(email.id, template.envelopeFrom.split("@")[1] || "localhost");
      const filled = fillMessage(template, { to: email.recipient, messageId, date: new Date(), token: email.subscriber?.manageToken });
      const signature = options.dkim ? await options.dkim.sign(filled.headers, filled.bodyPieces) : undefined;
      return {
        envelope: { from: template.envelopeFrom, to: email.recipient },
        raw: serialize(filled, signature),
        messageId,
        deliveryId: email.id,
      };
    },
  };
}
