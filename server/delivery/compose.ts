import { render } from "@react-email/render";
import { createElement } from "react";
import { ConfirmEmail } from "@/emails/confirm-email";
import { EventEmail, eventEmailText } from "@/emails/event-email";
import type { OutgoingMail } from "@/lib/mailer";
import { formatDateTime } from "@/lib/time/format";
import type { Db } from "@/server/db";
import { resolvePublicUrl } from "@/server/settings/public-url";
import { describeEvent, loadNotification } from "./event-content";
import { deliveryMessageId, messageDomain } from "./message-domain";

async function loadDelivery(db: Db, id: string) {
  return db.delivery.findUniqueOrThrow({
    where: { id },
    include: { subscriber: { include: { components: { include: { component: { select: { name: true } } } } } } },
  });
}

/** Renders the email of one delivery (HTML and text from the same template), with list headers. */
export async function composeDelivery(db: Db, deliveryId: string): Promise<OutgoingMail> {
  const delivery = await loadDelivery(db, deliveryId);
  const notification = await loadNotification(db, delivery.notificationId);
  const setting = await db.setting.findUnique({ where: { id: "default" } });
  const pageName = setting?.pageName ?? "Status";
  const base = resolvePublicUrl(setting?.publicUrl);
  const timeZone = setting?.timeZone ?? "UTC";
  const from = `"${(setting?.senderName ?? pageName).replaceAll('"', "")}" <${setting?.senderEmail ?? "status@localhost"}>`;
  const subscriber = delivery.subscriber;
  const token = subscriber?.manageToken ?? "";
  const manageUrl = `${base}/subscription/${token}`;
  // Footer link: a page that asks before unsubscribing. Header: the RFC 8058 one-click endpoint.
  const unsubscribePageUrl = `${base}/unsubscribe/${token}`;
  const unsubscribeUrl = `${base}/api/unsubscribe/${token}`;
  const listId = { name: pageName, id: `status.${new URL(base).hostname}` };
  const replyTo = setting?.replyTo ?? undefined;
  const common = { from, to: delivery.recipient, messageId: delivery.messageId ?? deliveryMessageId(delivery.id, messageDomain(setting)), deliveryId: delivery.id, listId, replyTo };

  if (notification.kind === "subscription_confirm") {
    const element = createElement(ConfirmEmail, {
      pageName,
      pageUrl: base,
      confirmUrl: `${base}/subscribe/confirm/${subscriber?.confirmToken ?? ""}`,
      expiresIn: "48 hours",
      components: subscriber?.components.map((c) => c.component.name) ?? [],
    });
    return { ...common, subject: `Confirm your subscription to ${pageName}`, html: await render(element), text: await render(element, { plainText: true }) };
  }

  const event = describeEvent(notification, base, timeZone);
  const { at, ...rest } = event;
  const props = {
    ...rest,
    pageName,
    pageUrl: base,
    when: formatDateTime(at, { timeZone }),
    whenUtc: formatDateTime(at, { timeZone: "UTC" }),
    manageUrl,
    unsubscribeUrl: unsubscribePageUrl,
  };
  return {
    ...common,
    subject: `[${pageName}] ${event.label}: ${event.title}`,
    html: await render(createElement(EventEmail, props)),
    text: eventEmailText(props),
    unsubscribeUrl,
  };
}
