import { render } from "@react-email/render";
import { createElement } from "react";
import { ConfirmEmail } from "@/emails/confirm-email";
import { EventEmail, eventEmailText } from "@/emails/event-email";
import { fill, messages } from "@/lib/i18n";
import { localeOf, toLanguage } from "@/lib/i18n/languages";
import { formatDateTime, formatDuration } from "@/lib/time/format";
import type { Db } from "@/server/db";
import { pageIdentity } from "@/server/public/page-status";
import { CONFIRM_TTL_MS, confirmTokenFor } from "@/server/subscriber/tokens";
import { describeEvent, loadNotification } from "./event-content";
import type { EmailContent } from "./mime-template";

/** Stands for the recipient's manage token in rendered content; filled per message (mime-template). */
export const MANAGE_TOKEN_SLOT = "x-subscriber-manage-token-slot";

async function pageSettings(db: Db) {
  const setting = await db.setting.findUnique({ where: { id: "default" } });
  const { name: pageName, url: base, timeZone } = pageIdentity(setting);
  return {
    pageName,
    base,
    timeZone,
    lang: toLanguage(setting?.language),
    from: { name: (setting?.senderName ?? pageName).replaceAll('"', ""), address: setting?.senderEmail ?? "status@localhost" },
    ...(setting?.replyTo ? { replyTo: setting.replyTo } : {}),
    listId: { name: pageName, id: `status.${new URL(base).hostname}` },
    brand: {
      // A logo on this site ("/logo.svg") is made absolute: a mail client has no page to resolve it against.
      logoUrl: setting?.logoUrl ? new URL(setting.logoUrl, `${base}/`).toString() : null,
      accentColor: setting?.accentColor ?? null,
    },
  };
}

/**
 * The email of one notification, rendered once for all its recipients: the recipient's manage token
 * is `manageToken` (default: MANAGE_TOKEN_SLOT, filled per message). HTML and text come from the same props.
 */
export async function composeNotification(db: Db, notificationId: string, manageToken = MANAGE_TOKEN_SLOT): Promise<EmailContent> {
  const notification = await loadNotification(db, notificationId);
  const page = await pageSettings(db);
  const { base, pageName } = page;
  const { lang } = page;
  const locale = localeOf(lang);
  const event = describeEvent(notification, base, page.timeZone, lang);
  const { at, ...rest } = event;
  const props = {
    ...rest,
    pageName,
    pageUrl: base,
    brand: page.brand,
    lang,
    when: formatDateTime(at, { timeZone: page.timeZone, locale }),
    whenUtc: formatDateTime(at, { timeZone: "UTC", locale }),
    manageUrl: `${base}/subscription/${manageToken}`,
    // Footer link: a page that asks before unsubscribing. Header: the RFC 8058 one-click endpoint.
    unsubscribeUrl: `${base}/unsubscribe/${manageToken}`,
  };
  return {
    from: page.from,
    ...(page.replyTo ? { replyTo: page.replyTo } : {}),
    listId: page.listId,
    subject: `[${pageName}] ${event.label}: ${event.title}`,
    html: await render(createElement(EventEmail, props)),
    text: eventEmailText(props),
    unsubscribeUrl: `${base}/api/unsubscribe/${manageToken}`,
    slot: manageToken === MANAGE_TOKEN_SLOT ? MANAGE_TOKEN_SLOT : undefined,
  };
}

/** The confirmation email of one sign-up: its own link and components, so rendered per subscriber. */
export async function composeConfirmation(db: Db, subscriberId: string): Promise<EmailContent> {
  const page = await pageSettings(db);
  const subscriber = await db.subscriber.findUniqueOrThrow({
    where: { id: subscriberId },
    select: {
      id: true,
      confirmNonce: true,
      incident: { select: { title: true, slug: true } },
      components: { select: { component: { select: { name: true } } } },
    },
  });
  const element = createElement(ConfirmEmail, {
    pageName: page.pageName,
    pageUrl: page.base,
    brand: page.brand,
    lang: page.lang,
    confirmUrl: `${page.base}/subscribe/confirm/${confirmTokenFor(subscriber) ?? ""}`,
    expiresIn: formatDuration(CONFIRM_TTL_MS, "long", localeOf(page.lang)),
    components: subscriber.components.map((c) => c.component.name),
    incident: subscriber.incident ? { title: subscriber.incident.title, url: `${page.base}/incidents/${subscriber.incident.slug}` } : null,
  });
  return {
    from: page.from,
    ...(page.replyTo ? { replyTo: page.replyTo } : {}),
    listId: page.listId,
    subject: subscriber.incident
      ? fill(messages(page.lang).email.followSubject, { title: subscriber.incident.title, name: page.pageName })
      : fill(messages(page.lang).email.confirmSubject, { name: page.pageName }),
    html: await render(element),
    text: await render(element, { plainText: true }),
  };
}
