import type { Db } from "@/server/db";
import { describeEvent, loadNotification } from "@/server/delivery/event-content";
import { pageIdentity } from "@/server/public/page-status";
import { toneOf, type ChatMessage } from "./message";
import { chatConfirmToken, chatManageToken } from "./tokens";
import { fill, messages } from "@/lib/i18n";
import { toLanguage } from "@/lib/i18n/languages";

type Channel = { id: string; source: string; manageSalt: string; confirmNonce: string | null };

const CHAT_PREFIX = /^chat:/;

async function page(db: Db) {
  const setting = await db.setting.findUnique({ where: { id: "default" } });
  return { ...pageIdentity(setting), lang: toLanguage(setting?.language) };
}

/** Visitors' channels carry a link to stop the messages; admins remove theirs in the console. */
const manageUrlOf = (base: string, channel: Channel) =>
  channel.source === "visitor" ? `${base}/chat/${chatManageToken(channel)}` : undefined;

/**
 * What one chat delivery says: the same event content as the email (server/delivery/event-content.ts),
 * built at send time like email, so every channel and every inbox read the same words.
 */
export async function chatMessageFor(db: Db, notificationId: string, channel: Channel): Promise<ChatMessage | null> {
  const notification = await loadNotification(db, notificationId);
  const kind = notification.kind.replace(CHAT_PREFIX, "");
  const { name: pageName, url: base, timeZone, lang } = await page(db);
  const t = messages(lang).chat;
  const words = { affected: t.messageAffected, window: t.messageWindow, stop: t.messageStop };
  if (kind === "chat_confirm") {
    const token = chatConfirmToken(channel);
    // Confirmed (or asked again) meanwhile: this link is spent, nothing to post.
    if (!token) return null;
    return {
      event: kind,
      label: t.messageConfirmLabel,
      title: fill(t.messageConfirmTitle, { name: pageName }),
      status: t.messageConfirmStatus,
      text: fill(t.messageConfirmText, { name: pageName }),
      components: [],
      window: null,
      url: `${base}/chat/confirm/${token}`,
      linkLabel: t.messageConfirmLink,
      at: notification.createdAt,
      tone: "info",
      pageName,
      words,
    };
  }
  const event = describeEvent({ ...notification, kind }, base, timeZone, lang);
  return {
    event: kind,
    label: event.label,
    title: event.title,
    status: event.status,
    text: event.bodyText,
    components: event.components,
    window: event.window ?? null,
    url: event.linkUrl,
    linkLabel: event.linkLabel,
    at: event.at,
    tone: toneOf(kind, notification.incident?.impact ?? null),
    pageName,
    manageUrl: manageUrlOf(base, channel),
    words,
  };
}
