import type { Tx } from "@/server/context";
import type { Announcement } from "./announcement";

/** A channel's stored JSON list of component ids; anything unreadable counts as "every component". */
export function parseComponents(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((id): id is string => typeof id === "string") : [];
  } catch {
    return [];
  }
}

/** Whether a channel that chose `chosen` components ("[]": all) hears about `affected` ones ("[]": the whole page). */
export function hears(chosen: string[], affected: string[]): boolean {
  return chosen.length === 0 || affected.length === 0 || affected.some((id) => chosen.includes(id));
}

/**
 * The chat side of an announcement, in the same transaction: one notification ("chat:<kind>", the
 * same incident, update, maintenance or postmortem) and one queued delivery per active channel
 * that hears of these components. Channels are few (admins and confirmed visitors add them one by
 * one), so they are written here rather than expanded in batches like email.
 */
export async function writeChatDeliveries(tx: Tx, announcement: Announcement, affected: string[], now = new Date()): Promise<number> {
  const channels = await tx.chatChannel.findMany({ where: { status: "active" }, select: { id: true, url: true, components: true } });
  const targets = channels.filter((c) => hears(parseComponents(c.components), affected));
  if (targets.length === 0) return 0;
  const { kind, ...ids } = announcement;
  const notification = await tx.notification.create({
    data: { kind: `chat:${kind}`, ...ids, recipients: targets.length, expandedAt: now },
    select: { id: true },
  });
  await tx.delivery.createMany({
    data: targets.map((c) => ({ notificationId: notification.id, chatChannelId: c.id, channel: "chat", recipient: c.url })),
  });
  return targets.length;
}

/** The confirmation message of a visitor's channel: one notification, one delivery, to that channel only. */
export async function queueChatConfirmation(tx: Tx, channel: { id: string; url: string }): Promise<void> {
  const notification = await tx.notification.create({
    data: { kind: "chat:chat_confirm", recipients: 1, expandedAt: new Date() },
    select: { id: true },
  });
  await tx.delivery.create({
    data: { notificationId: notification.id, chatChannelId: channel.id, channel: "chat", recipient: channel.url },
  });
}
